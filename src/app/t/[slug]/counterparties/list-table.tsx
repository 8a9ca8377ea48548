import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LIST_COLUMNS, type ListColumn, type ListQuery, type SortColumn } from "@/domain/counterparties/list-query";
import { fieldLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { parseStoredValues } from "@/domain/custom-fields/values-schema";
import { Table, Td } from "@/components/ui/table";
import type { CounterpartyRow } from "@/server/counterparties/search-counterparties";
import { columnText, fieldValueText } from "./cell-text";
import { SortLink } from "./sort-link";

const SORT_OF: Partial<Record<ListColumn, SortColumn>> = {
  taxId: "taxId",
  responsible: "responsible",
  createdAt: "createdAt",
};

/** One page of counterparties in the columns the user chose: the name first, then built-in, then custom fields. */
export async function ListTable({
  base,
  query,
  rows,
  fields,
  chosen,
  managers,
  locale,
  timeZone,
}: {
  base: string;
  query: ListQuery;
  rows: CounterpartyRow[];
  /** The admin-designed fields this role may see. */
  fields: (FieldDefinition & { id: string })[];
  chosen: string[];
  managers: { id: string; name: string }[];
  locale: "ru" | "en";
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const columns = LIST_COLUMNS.filter((c) => chosen.includes(c));
  const fieldColumns = fields.filter((f) => chosen.includes(`cf.${f.key}`));
  const sortLink = (label: string, sort: SortColumn) => (
    <SortLink base={base} query={query} sort={sort} label={label} />
  );
  return (
    <Table
      head={[
        sortLink(t("counterparties.name"), "name"),
        ...columns.map((c) =>
          SORT_OF[c] ? sortLink(t(`counterparties.columns.${c}`), SORT_OF[c]!) : t(`counterparties.columns.${c}`),
        ),
        ...fieldColumns.map((f) => fieldLabel(f, locale)),
      ]}
      empty={rows.length === 0 ? t("counterparties.empty") : undefined}
    >
      {rows.map((row) => (
        <tr key={row.id} className="hover:bg-slate-50">
          <Td className="font-medium">
            <Link href={`${base}/${row.id}`} className="text-brand-700 hover:underline">
              {row.name}
            </Link>
          </Td>
          {columns.map((c) => (
            <Td key={c} className="text-slate-700">
              {columnText(row, c, t, format, timeZone)}
            </Td>
          ))}
          {fieldColumns.map((f) => (
            <Td key={f.id} className="text-slate-700">
              {fieldValueText(f, parseStoredValues([f], row.customFields)[f.key], t, locale, managers)}
            </Td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
