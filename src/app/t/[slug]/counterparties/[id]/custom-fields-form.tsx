"use client";

import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm, useFormState } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { canEditField, fieldLabel, optionLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { StoredValue } from "@/domain/custom-fields/values-schema";
import { updateContactPersonFieldsAction, updateCustomFieldsAction } from "../actions";

type Field = FieldDefinition & { id: string };
const CONTROL = "block w-full rounded-md border bg-white px-3 py-2 text-sm";

function Input({
  field,
  value,
  users,
  disabled,
}: {
  field: Field;
  value: StoredValue | undefined;
  users: { id: string; name: string }[];
  disabled: boolean;
}) {
  const locale = useLocale() as "ru" | "en";
  const id = useId();
  const name = `cf.${field.key}`;
  const error = useFormState().fieldErrors[name];
  const control = `${CONTROL} ${error ? "border-red-400" : "border-slate-300"}`;
  const common = {
    id,
    name,
    disabled,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  const text = value === undefined ? "" : String(value);
  let input: React.ReactNode;
  switch (field.type) {
    case "LONG_TEXT":
      input = <textarea {...common} defaultValue={text} rows={3} maxLength={10_000} className={control} />;
      break;
    case "BOOLEAN":
      input = <input {...common} type="checkbox" defaultChecked={value === true} className="h-4 w-4" />;
      break;
    case "SELECT":
    case "USER": {
      const options =
        field.type === "USER"
          ? users.map((u) => ({ value: u.id, label: u.name }))
          : field.options.map((o) => ({ value: o.value, label: optionLabel(field, o.value, locale) }));
      input = (
        <select {...common} defaultValue={text} className={control}>
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case "MULTISELECT":
      input = (
        <div className="flex flex-wrap gap-3">
          {field.options.map((o) => (
            <label key={o.value} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                disabled={disabled}
                defaultChecked={Array.isArray(value) && value.includes(o.value)}
              />
              {optionLabel(field, o.value, locale)}
            </label>
          ))}
        </div>
      );
      break;
    default: {
      const type =
        { NUMBER: "text", MONEY: "text", DATE: "date", EMAIL: "email", PHONE: "tel", URL: "url" }[
          field.type as string
        ] ?? "text";
      input = (
        <input
          {...common}
          type={type}
          inputMode={field.type === "NUMBER" || field.type === "MONEY" ? "decimal" : undefined}
          defaultValue={text}
          maxLength={2000}
          className={control}
        />
      );
    }
  }
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {fieldLabel(field, locale)}
        {field.required && <span className="text-red-600"> *</span>}
      </label>
      {input}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** The admin-designed fields of the card, in their sections; fields the role may not edit are shown disabled. */
export function CustomFieldsForm({
  slug,
  id,
  version,
  fields,
  values,
  users,
  role,
  canEdit,
  of = "counterparty",
}: {
  slug: string;
  id: string;
  version: number;
  fields: Field[];
  values: Record<string, StoredValue>;
  users: { id: string; name: string }[];
  role: "ADMIN" | "DIRECTOR" | "MANAGER";
  canEdit: boolean;
  /** Whose fields: the counterparty's, or one of its contact persons'. */
  of?: "counterparty" | "contactPerson";
}) {
  const t = useTranslations("fields");
  const sections = [...new Set(fields.map((f) => f.section))];
  return (
    <ActionForm
      resetOn={version}
      action={(form) =>
        of === "contactPerson" ? updateContactPersonFieldsAction(slug, form) : updateCustomFieldsAction(slug, form)
      }
      successMessage={t("valuesSaved")}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {sections.map((section) => (
        <fieldset key={section} className="space-y-3">
          <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{section}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {fields
              .filter((f) => f.section === section)
              .map((f) => (
                <Input
                  key={f.id}
                  field={f}
                  value={values[f.key]}
                  users={users}
                  disabled={!canEdit || !canEditField(f, role)}
                />
              ))}
          </div>
        </fieldset>
      ))}
      {canEdit && <SubmitButton>{t("saveValues")}</SubmitButton>}
    </ActionForm>
  );
}
