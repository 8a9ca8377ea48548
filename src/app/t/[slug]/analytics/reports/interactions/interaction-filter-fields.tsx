import { getTranslations } from "next-intl/server";
import { DIRECTIONS, INTERACTION_TYPES } from "@/domain/interactions/interaction-input";
import {
  INTERACTION_GROUPINGS,
  INTERACTION_STATUS_FILTERS,
  type InteractionReportFilters,
} from "@/domain/reports/report-filters";
import { FilterField } from "@/components/analytics/period-filter";
import {
  ChoiceFilter,
  GroupingFilter,
  ManagerFilter,
  RequiredChoice,
} from "@/components/analytics/report-filter-fields";

/** The interaction report's own filters: the grouping, the status, the type, the direction and the manager. */
export async function InteractionFilterFields({
  filters,
  managers,
}: {
  filters: InteractionReportFilters;
  managers: { id: string; name: string }[];
}) {
  const [t, r] = await Promise.all([getTranslations("interactions"), getTranslations("reports.interactions")]);
  return (
    <>
      <GroupingFilter
        value={filters.groupBy}
        options={INTERACTION_GROUPINGS.map((g) => ({ value: g, label: r(`groupings.${g}`) }))}
      />
      <FilterField label={r("status")}>
        <RequiredChoice
          name="status"
          value={filters.status}
          options={INTERACTION_STATUS_FILTERS.map((s) => ({ value: s, label: r(`statuses.${s}`) }))}
        />
      </FilterField>
      <ChoiceFilter
        name="type"
        label={r("type")}
        value={filters.type}
        any={r("anyType")}
        options={INTERACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
      />
      <ChoiceFilter
        name="direction"
        label={r("direction")}
        value={filters.direction}
        any={r("anyDirection")}
        options={DIRECTIONS.map((v) => ({ value: v, label: t(`directions.${v}`) }))}
      />
      <ManagerFilter value={filters.manager} managers={managers} />
    </>
  );
}
