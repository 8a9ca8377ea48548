import { getTranslations } from "next-intl/server";
import type { ClientBaseQuery } from "@/domain/analytics/client-base-query";
import { GRANULARITIES } from "@/domain/analytics/comparison-periods";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { ManagerFilter, RequiredChoice } from "@/components/analytics/report-filter-fields";

/** The period, weeks or months and the manager, with the CSV export of the same selection. */
export async function ClientBaseFilter({
  slug,
  query,
  manager,
  managers,
}: {
  slug: string;
  query: ClientBaseQuery;
  manager: string | undefined;
  managers: { id: string; name: string }[];
}) {
  const t = await getTranslations("analytics");
  const { granularity, period } = query;
  const granularities = GRANULARITIES.map((g) => ({ value: g, label: t(`granularities.${g}`) }));
  const exportQuery = new URLSearchParams({ ...period, granularity, ...(manager ? { manager } : {}) });
  return (
    <PeriodFilter
      from={period.from}
      to={period.to}
      corrected={query.corrected}
      exportHref={`/t/${slug}/analytics/client-base/export?${exportQuery.toString()}`}
    >
      <FilterField label={t("granularity")}>
        <RequiredChoice name="granularity" value={granularity} options={granularities} />
      </FilterField>
      <ManagerFilter value={manager} managers={managers} />
    </PeriodFilter>
  );
}
