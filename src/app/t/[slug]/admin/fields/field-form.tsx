"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { useFormState } from "@/components/forms/action-form";
import { ROLES } from "@/domain/auth/permissions";
import { FIELD_TYPES, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { saveFieldAction } from "./actions";

function OptionsField({ defaultValue }: { defaultValue: string }) {
  const t = useTranslations("fields");
  const error = useFormState().fieldErrors.options;
  return (
    <label className="block text-sm font-medium text-slate-700 sm:col-span-2">
      {t("options")}
      <textarea
        name="options"
        defaultValue={defaultValue}
        rows={4}
        placeholder={t("optionsHint")}
        className={`mt-1 block w-full rounded-md border px-3 py-2 font-mono text-sm ${error ? "border-red-400" : "border-slate-300"}`}
      />
      {error ? (
        <span className="mt-1 block text-sm font-normal text-red-600">{error}</span>
      ) : (
        <span className="mt-1 block text-xs font-normal text-slate-500">{t("optionsHint")}</span>
      )}
    </label>
  );
}

/** Creates a field, or edits one (`field` given: its key is shown but cannot change). */
export function FieldForm({
  slug,
  field,
  entity = "COUNTERPARTY",
}: {
  slug: string;
  field?: FieldDefinition & { id: string };
  entity?: "COUNTERPARTY" | "CONTACT_PERSON";
}) {
  const t = useTranslations("fields");
  const tr = useTranslations("roles");
  const [type, setType] = useState(field?.type ?? "TEXT");
  const roleBoxes = (name: "visibleTo" | "editableBy") => (
    <fieldset className="flex flex-wrap gap-3">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t(name)}</legend>
      {ROLES.map((r) => (
        <label key={r} className="inline-flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            name={name}
            value={r}
            defaultChecked={field ? field[name].includes(r) : true}
            disabled={r === "ADMIN"}
          />
          {tr(r)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <ActionForm
      action={(form) => saveFieldAction(slug, form)}
      successMessage={t("saved")}
      resetOnSuccess={!field}
      className="grid gap-4 sm:grid-cols-2"
    >
      {field ? (
        <input type="hidden" name="id" value={field.id} />
      ) : (
        <input type="hidden" name="entity" value={entity} />
      )}
      <TextField name="labelRu" label={t("labelRu")} defaultValue={field?.labelRu} required maxLength={80} />
      <TextField name="labelEn" label={t("labelEn")} defaultValue={field?.labelEn} required maxLength={80} />
      <TextField
        name="key"
        label={t("key")}
        hint={t("keyHint")}
        defaultValue={field?.key}
        readOnly={!!field}
        required
        maxLength={40}
      />
      <SelectField
        name="type"
        label={t("type")}
        value={type}
        onChange={(e) => setType(e.target.value as typeof type)}
        options={FIELD_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
      />
      <TextField
        name="section"
        label={t("section")}
        defaultValue={field?.section || t("defaultSection")}
        required
        maxLength={60}
      />
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 pb-2">
        <CheckboxField name="required" label={t("required")} defaultChecked={field?.required} />
        <CheckboxField name="showInList" label={t("showInList")} defaultChecked={field?.showInList} />
        <CheckboxField name="filterable" label={t("filterable")} defaultChecked={field?.filterable} />
        <CheckboxField
          name="countsForCompleteness"
          label={t("countsForCompleteness")}
          defaultChecked={field?.countsForCompleteness}
        />
      </div>
      {(type === "SELECT" || type === "MULTISELECT") && (
        <OptionsField
          defaultValue={(field?.options ?? []).map((o) => `${o.value}; ${o.labelRu}; ${o.labelEn}`).join("\n")}
        />
      )}
      {roleBoxes("visibleTo")}
      {roleBoxes("editableBy")}
      <div className="sm:col-span-2">
        <SubmitButton>{field ? t("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
