import { getTranslations } from "next-intl/server";
import type { Indicator } from "@/domain/kpi/indicators";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { IndicatorPicker } from "@/components/analytics/indicator-picker";
import { TOP_BY, type TopBy } from "@/server/kpi/rating-dashboard";
import { RequiredChoice } from "@/components/analytics/report-filter-fields";

/** The period, the indicators shown, and what the top list ranks by and how long it is. */
export async function RatingFilter({
  period,
  shown,
  topBy,
  topN,
}: {
  period: { from: string; to: string; corrected: boolean };
  shown: Indicator[];
  topBy: TopBy;
  topN: number;
}) {
  const t = await getTranslations("rating");
  const measures = TOP_BY.map((b) => ({ value: b, label: t(`topByOptions.${b}`) }));
  return (
    <PeriodFilter from={period.from} to={period.to} corrected={period.corrected}>
      <IndicatorPicker shown={shown} />
      <FilterField label={t("topBy")}>
        <RequiredChoice name="top" value={topBy} options={measures} />
      </FilterField>
      <FilterField label={t("topN")}>
        <input type="number" name="n" min={1} max={50} defaultValue={topN} className={`${FILTER_CONTROL} w-20`} />
      </FilterField>
    </PeriodFilter>
  );
}
