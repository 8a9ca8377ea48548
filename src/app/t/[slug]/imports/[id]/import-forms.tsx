"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { commitImportAction, updateImportSettingsAction } from "../actions";

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** One select per column of the file; saving re-renders the preview under the new mapping. */
export function MappingForm({
  slug,
  id,
  headers,
  mapping,
  duplicateMode,
  duplicateModes,
  fields,
}: {
  slug: string;
  id: string;
  headers: string[];
  mapping: Record<string, string>;
  duplicateMode: string;
  duplicateModes: readonly string[];
  /** What a column can fill, labelled (required ones marked), including admin-designed fields `cf.<key>`. */
  fields: { value: string; label: string }[];
}) {
  const t = useTranslations("imports");
  return (
    <ActionForm action={(form) => updateImportSettingsAction(slug, form)} successMessage={t("mappingSaved")}>
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-3 sm:grid-cols-3">
        {headers.map((header, index) => (
          <label key={index} className="text-sm">
            <span className="mb-1 block truncate font-medium text-slate-700" title={header}>
              {header || `#${index + 1}`}
            </span>
            <select name={`col.${index}`} defaultValue={mapping[index] ?? ""} className={CONTROL} aria-label={header}>
              <option value="">{t("skipColumn")}</option>
              {fields.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <label className="block max-w-md text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("duplicateMode")}</span>
        <select name="duplicateMode" defaultValue={duplicateMode} className={CONTROL}>
          {duplicateModes.map((m) => (
            <option key={m} value={m}>
              {t(`duplicateModes.${m}` as "duplicateModes.SKIP")}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton variant="secondary">{t("applyMapping")}</SubmitButton>
    </ActionForm>
  );
}

export function CommitForm({ slug, id, rowCount }: { slug: string; id: string; rowCount: number }) {
  const t = useTranslations("imports");
  return (
    <ActionForm action={(form) => commitImportAction(slug, form)}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton>{t("commit", { count: rowCount })}</SubmitButton>
    </ActionForm>
  );
}
