import { getLocale, getTranslations } from "next-intl/server";
import { periodBuckets, type Period } from "@/domain/analytics/comparison-periods";
import { Card } from "@/components/ui/card";
import type { KpiMember } from "@/server/kpi/manager-figures";
import type { RevenueTrendRow } from "@/server/kpi/revenue-trend";
import { RevenueTrend } from "./rating-charts";

/** The leading managers' revenue month by month over the period. */
export async function RevenueTrendCard({
  period,
  trend,
}: {
  period: Period;
  trend: { managers: KpiMember[]; rows: RevenueTrendRow[] };
}) {
  const [t, locale] = await Promise.all([getTranslations("rating"), getLocale()]);
  // Every month of the period, and 0 for a manager who sold nothing in it, so that no line breaks off.
  const data = periodBuckets(period, "month").map(({ from }) => {
    const month = from.slice(0, 7);
    return {
      month,
      ...Object.fromEntries(
        trend.managers.map((m) => [
          m.userId,
          trend.rows.find((r) => r.month === month && r.userId === m.userId)?.revenue ?? 0,
        ]),
      ),
    };
  });
  return (
    <Card title={t("revenueTrend")}>
      <RevenueTrend
        data={data}
        managers={trend.managers.map((m) => ({ key: m.userId, name: m.name }))}
        locale={locale}
      />
    </Card>
  );
}
