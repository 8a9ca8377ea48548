import "server-only";
import { previousPeriod, yearEarlier, type Period } from "@/domain/analytics/comparison-periods";
import { todayIn } from "@/domain/dates/calendar-date";
import { indicatorValues, type ManagerFigures } from "@/domain/kpi/manager-figures";
import { readKpiSettings } from "@/domain/kpi/kpi-settings";
import { rankChange, rateManagers } from "@/domain/kpi/rating";
import type { TenantContext } from "@/server/tenant-context";
import { customerBaseSnapshot } from "./customer-base-snapshot";
import { loadManagerFigures, type PeriodFigures } from "./manager-figures";
import { revenueTrend } from "./revenue-trend";
import { informationSourcesReport } from "@/server/reports/information-sources-report";

export const TOP_BY = ["revenue", "grossProfit", "deals"] as const;
export type TopBy = (typeof TOP_BY)[number];
const TREND_MANAGERS = 5;

const deals = (f: ManagerFigures) => f.firstDeals + f.repeatDeals;

/**
 * SPEC §7.2, the director's dashboard: managers ranked by the weighted score, each with his rank change since the
 * previous period and every indicator for this period, the previous one and the same period a year earlier; the
 * top managers by revenue, profit or deals; revenue trends of the leaders; today's stage funnel and ABC split; the
 * information sources ranked by revenue.
 */
export async function ratingDashboard(ctx: TenantContext, period: Period, topBy: TopBy = "revenue", topN = 5) {
  const tenantId = ctx.tenant.id;
  const settings = readKpiSettings((ctx.tenant.settings as { kpi?: unknown }).kpi);
  const comparisons = { current: period, previous: previousPeriod(period), yearAgo: yearEarlier(period) };
  // A 12-month period's previous period is the year before: each distinct period is computed once.
  const distinct = [...new Map(Object.values(comparisons).map((p) => [`${p.from}/${p.to}`, p])).values()];
  const [{ members, periods }, base, trend, sources] = await Promise.all([
    loadManagerFigures(tenantId, ctx.tenant.timeZone, distinct, todayIn(ctx.tenant.timeZone)),
    customerBaseSnapshot(tenantId),
    revenueTrend(tenantId, period),
    informationSourcesReport(ctx, period),
  ]);
  const figuresOf = (p: Period): PeriodFigures =>
    periods[distinct.findIndex((d) => d.from === p.from && d.to === p.to)]!;
  const [current, previous, yearAgo] = [
    figuresOf(comparisons.current),
    figuresOf(comparisons.previous),
    figuresOf(comparisons.yearAgo),
  ];
  const rate = (figures: PeriodFigures) =>
    rateManagers(
      members.map((m) => ({ userId: m.userId, values: indicatorValues(figures.byUser.get(m.userId)!) })),
      settings.weights,
    );
  const [ratedNow, ratedBefore] = [rate(current), rate(previous)];

  const rows = members
    .map((member) => {
      const rated = ratedNow.find((r) => r.userId === member.userId)!;
      return {
        member,
        score: rated.score,
        rank: rated.rank,
        rankChange: rankChange(rated, ratedBefore),
        values: {
          current: indicatorValues(current.byUser.get(member.userId)!),
          previous: indicatorValues(previous.byUser.get(member.userId)!),
          yearAgo: indicatorValues(yearAgo.byUser.get(member.userId)!),
        },
      };
    })
    .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name, "ru"));

  const measure = (userId: string) => {
    const f = current.byUser.get(userId)!;
    return topBy === "deals" ? deals(f) : f[topBy];
  };
  const top = members
    .map((m) => ({ member: m, value: measure(m.userId) }))
    .sort((a, b) => b.value - a.value)
    .slice(0, topN);
  const leaders = [...members]
    .sort((a, b) => current.byUser.get(b.userId)!.revenue - current.byUser.get(a.userId)!.revenue)
    .slice(0, TREND_MANAGERS);

  return {
    settings,
    comparisons,
    rows,
    totals: {
      current: indicatorValues(current.total),
      previous: indicatorValues(previous.total),
      yearAgo: indicatorValues(yearAgo.total),
    },
    top,
    trend: { managers: leaders, rows: trend.filter((r) => leaders.some((m) => m.userId === r.userId)) },
    base,
    sources: sources.rows.filter((r) => r.sourceId !== null),
  };
}
