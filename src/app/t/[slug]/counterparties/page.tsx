import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import {
  COUNTED_UP_TO,
  DEFAULT_COLUMNS,
  customFilters,
  listHref,
  parseListQuery,
} from "@/domain/counterparties/list-query";
import { canSeeField } from "@/domain/custom-fields/field-definition";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { searchCounterparties } from "@/server/counterparties/search-counterparties";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { getListColumns } from "@/server/preferences/list-columns";
import { ListHeader } from "./list-header";
import { FilterBar } from "./filter-bar";
import { ListTable } from "./list-table";

export async function generateMetadata() {
  return { title: (await getTranslations("counterparties"))("title") };
}

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
  const visibleFields = listFieldDefinitions(ctx).then((all) => all.filter((f) => canSeeField(f, ctx.role)));
  // The fields are read by the search only to filter on them (`f.*`): without such a filter it need not wait for them.
  const filterableFields = Object.keys(customFilters(query)).length > 0 ? visibleFields : Promise.resolve([]);
  const [locale, fields, list, options, savedColumns] = await Promise.all([
    getLocale() as Promise<"ru" | "en">,
    visibleFields,
    filterableFields.then((filterable) =>
      searchCounterparties(ctx, query, {
        filterableFields: filterable,
        count: { upTo: Math.max(COUNTED_UP_TO, query.page * query.size) },
      }),
    ),
    listFormOptions(ctx),
    getListColumns(ctx),
  ]);
  const chosen = savedColumns ?? [...DEFAULT_COLUMNS, ...fields.filter((f) => f.showInList).map((f) => `cf.${f.key}`)];
  const total = list.total!;
  const pages = total.exact ? Math.max(1, Math.ceil(total.count / query.size)) : undefined;

  return (
    <>
      <ListHeader
        slug={slug}
        query={query}
        total={total}
        fields={fields}
        chosen={chosen}
        locale={locale}
        canImport={can(ctx.role, "counterparty.import")}
        canCreate={can(ctx.role, "counterparty.create")}
      />
      <FilterBar
        base={base}
        query={query}
        managers={options.managers}
        sources={options.sources}
        fields={fields.filter((f) => f.filterable)}
        locale={locale}
      />
      <ListTable
        base={base}
        query={query}
        rows={list.rows}
        fields={fields}
        chosen={chosen}
        managers={options.managers}
        locale={locale}
        timeZone={ctx.tenant.timeZone}
      />
      <Pagination
        page={query.page}
        pages={pages}
        hasNext={!total.exact}
        hrefFor={(page) => listHref(base, query, { page })}
      />
    </>
  );
}
