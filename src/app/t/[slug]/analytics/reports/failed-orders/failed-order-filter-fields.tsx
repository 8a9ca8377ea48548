import { getTranslations } from "next-intl/server";
import { FAILED_ORDER_GROUPINGS, NONE, type FailedOrderFilters } from "@/domain/reports/report-filters";
import { ChoiceFilter, GroupingFilter, ManagerFilter } from "@/components/analytics/report-filter-fields";

type Option = { id: string; name: string };

/** The failed-order report's own filters: the grouping, the failure reason and the manager. */
export async function FailedOrderFilterFields({
  filters,
  reasons,
  managers,
}: {
  filters: FailedOrderFilters;
  reasons: Option[];
  managers: Option[];
}) {
  const t = await getTranslations("reports.failedOrders");
  return (
    <>
      <GroupingFilter
        value={filters.groupBy}
        options={FAILED_ORDER_GROUPINGS.map((g) => ({ value: g, label: t(`groupings.${g}`) }))}
      />
      <ChoiceFilter
        name="reason"
        label={t("reason")}
        value={filters.reason}
        any={t("anyReason")}
        options={[...reasons.map((r) => ({ value: r.id, label: r.name })), { value: NONE, label: t("noReason") }]}
      />
      <ManagerFilter value={filters.manager} managers={managers} />
    </>
  );
}
