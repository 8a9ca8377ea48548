import type { getFormatter, getTranslations } from "next-intl/server";
import type { ListColumn } from "@/domain/counterparties/list-query";
import { optionLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { StoredValue } from "@/domain/custom-fields/values-schema";
import type { CounterpartyRow } from "@/server/counterparties/search-counterparties";

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/** What a built-in column shows for a row. */
export function columnText(
  row: CounterpartyRow,
  column: ListColumn,
  t: Translate,
  format: Awaited<ReturnType<typeof getFormatter>>,
  timeZone: string,
): string {
  switch (column) {
    case "kind":
      return t(`counterparties.kinds.${row.kind}`);
    case "taxId":
      return row.taxId ?? "—";
    case "phone":
      return row.phone ?? "—";
    case "email":
      return row.email ?? "—";
    case "responsible":
      return row.responsibleName ?? "—";
    case "source":
      return row.sourceName ?? "—";
    case "classification":
      return [row.abcClass, t(`counterparties.stages.${row.stage}`), row.xyzClass].filter(Boolean).join(" · ");
    case "createdAt":
      return format.dateTime(row.createdAt, { dateStyle: "medium", timeZone });
  }
}

/** What an admin-designed field's column shows for a stored value: labels rather than option keys and user ids. */
export function fieldValueText(
  field: FieldDefinition,
  value: StoredValue | undefined,
  t: Translate,
  locale: "ru" | "en",
  managers: { id: string; name: string }[],
): string {
  if (value === undefined) return "—";
  if (field.type === "BOOLEAN") return value ? t("common.yes") : t("common.no");
  if (field.type === "SELECT") return optionLabel(field, String(value), locale);
  if (field.type === "MULTISELECT" && Array.isArray(value))
    return value.map((v) => optionLabel(field, v, locale)).join(", ");
  if (field.type === "USER") return managers.find((m) => m.id === value)?.name ?? "—";
  return String(value);
}
