import { getLocale, getTranslations } from "next-intl/server";
import { fieldLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { IMPORT_TARGETS, type ImportTargetName } from "@/domain/import/import-targets";

/** What a column can fill (required ones marked, admin-designed fields as `cf.<key>`), and how a field is named. */
export async function importFields(targetName: ImportTargetName, definitions: readonly FieldDefinition[]) {
  const [ti, locale] = await Promise.all([getTranslations("imports"), getLocale()]);
  const target = IMPORT_TARGETS[targetName];
  const label = (field: string) => ti(`${targetName}.${field}` as "counterparties.name");
  const fields = [
    ...target.fields.map((f) => ({ value: f, label: target.requiredFields.includes(f) ? `${label(f)} *` : label(f) })),
    ...definitions.map((d) => ({ value: `cf.${d.key}`, label: fieldLabel(d, locale as "ru" | "en") })),
  ];
  const fieldName = (field: string) =>
    target.fields.includes(field) ? label(field) : (fields.find((f) => f.value === field)?.label ?? field);
  return { fields, fieldName };
}
