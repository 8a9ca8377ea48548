import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import {
  COUNTED_UP_TO,
  DEFAULT_COLUMNS,
  LIST_COLUMNS,
  listHref,
  parseListQuery,
  type ListColumn,
  type SortColumn,
} from "@/domain/counterparties/list-query";
import { getListColumns } from "@/server/preferences/list-columns";
import { ColumnChooser } from "./column-chooser";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { searchCounterparties, type CounterpartyRow } from "@/server/counterparties/search-counterparties";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { FilterBar } from "./filter-bar";
import { canSeeField, fieldLabel, optionLabel } from "@/domain/custom-fields/field-definition";
import { parseStoredValues, type StoredValue } from "@/domain/custom-fields/values-schema";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { getLocale } from "next-intl/server";

export async function generateMetadata() {
  return { title: (await getTranslations("counterparties"))("title") };
}

const SORT_OF: Partial<Record<ListColumn, SortColumn>> = {
  taxId: "taxId",
  responsible: "responsible",
  createdAt: "createdAt",
};

export default async function CounterpartiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = parseListQuery(await searchParams);
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const base = `/t/${slug}/counterparties`;
  const fields = (await listFieldDefinitions(ctx)).filter((f) => canSeeField(f, ctx.role));
  const [t, format, locale, list, options] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale() as Promise<"ru" | "en">,
    searchCounterparties(ctx, query, {
      filterableFields: fields,
      count: { upTo: Math.max(COUNTED_UP_TO, query.page * query.size) },
    }),
    listFormOptions(ctx),
  ]);
  const display = (field: (typeof fields)[number], value: StoredValue | undefined) => {
    if (value === undefined) return "—";
    if (field.type === "BOOLEAN") return value ? t("common.yes") : t("common.no");
    if (field.type === "SELECT") return optionLabel(field, String(value), locale);
    if (field.type === "MULTISELECT" && Array.isArray(value))
      return value.map((v) => optionLabel(field, v, locale)).join(", ");
    if (field.type === "USER") return options.managers.find((m) => m.id === value)?.name ?? "—";
    return String(value);
  };
  const chosen = (await getListColumns(ctx)) ?? [
    ...DEFAULT_COLUMNS,
    ...fields.filter((f) => f.showInList).map((f) => `cf.${f.key}`),
  ];
  const columns = LIST_COLUMNS.filter((c) => chosen.includes(c));
  const fieldColumns = fields.filter((f) => chosen.includes(`cf.${f.key}`));
  const available = [
    ...LIST_COLUMNS.map((c) => ({ value: c, label: t(`counterparties.columns.${c}`) })),
    ...fields.map((f) => ({ value: `cf.${f.key}`, label: fieldLabel(f, locale) })),
  ];
  const total = list.total!;
  const pages = total.exact ? Math.max(1, Math.ceil(total.count / query.size)) : undefined;

  const sortHeader = (label: string, sort: SortColumn) => {
    const active = (query.sort ?? "name") === sort && !(query.q && !query.sort);
    const dir = active && query.dir !== "desc" ? "desc" : "asc";
    return (
      <Link
        href={listHref(base, query, { sort, dir })}
        className="inline-flex items-center gap-1 hover:text-brand-700"
        aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}
      >
        {label}
        {active && <span aria-hidden>{query.dir === "desc" ? "↓" : "↑"}</span>}
      </Link>
    );
  };
  const cell = (row: CounterpartyRow, column: ListColumn) => {
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
        return format.dateTime(row.createdAt, { dateStyle: "medium", timeZone: ctx.tenant.timeZone });
    }
  };

  return (
    <>
      <PageHeader
        title={t("counterparties.title")}
        subtitle={t(total.exact ? "common.total" : "common.totalMoreThan", { count: total.count })}
        actions={
          <div className="flex gap-2">
            <ColumnChooser slug={slug} available={available} chosen={chosen} />
            <a
              href={listHref(`${base}/export`, query, { page: undefined })}
              className={buttonClass("secondary")}
              download
            >
              {t("counterparties.export")}
            </a>
            {can(ctx.role, "counterparty.import") && (
              <Link href={`${base}/import`} className={buttonClass("secondary")}>
                {t("counterparties.import")}
              </Link>
            )}
            {can(ctx.role, "counterparty.create") && (
              <Link href={`${base}/new`} className={buttonClass()}>
                {t("counterparties.new")}
              </Link>
            )}
          </div>
        }
      />
      <FilterBar
        base={base}
        query={query}
        managers={options.managers}
        sources={options.sources}
        fields={fields.filter((f) => f.filterable)}
        locale={locale}
      />
      <Table
        head={[
          sortHeader(t("counterparties.name"), "name"),
          ...columns.map((c) =>
            SORT_OF[c] ? sortHeader(t(`counterparties.columns.${c}`), SORT_OF[c]!) : t(`counterparties.columns.${c}`),
          ),
          ...fieldColumns.map((f) => fieldLabel(f, locale)),
        ]}
        empty={list.rows.length === 0 ? t("counterparties.empty") : undefined}
      >
        {list.rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td className="font-medium">
              <Link href={`${base}/${row.id}`} className="text-brand-700 hover:underline">
                {row.name}
              </Link>
            </Td>
            {columns.map((c) => (
              <Td key={c} className="text-slate-700">
                {cell(row, c)}
              </Td>
            ))}
            {fieldColumns.map((f) => (
              <Td key={f.id} className="text-slate-700">
                {display(f, parseStoredValues([f], row.customFields)[f.key])}
              </Td>
            ))}
          </tr>
        ))}
      </Table>
      <Pagination
        page={query.page}
        pages={pages}
        hasNext={!total.exact}
        hrefFor={(page) => listHref(base, query, { page })}
      />
    </>
  );
}
