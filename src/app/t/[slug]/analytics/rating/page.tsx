import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { periodBuckets } from "@/domain/analytics/comparison-periods";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { INDICATOR_META } from "@/domain/kpi/indicators";
import { readShownIndicators } from "@/domain/kpi/kpi-settings";
import { indicatorFormatter } from "@/i18n/format-indicator";
import { Card, PageHeader } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { IndicatorPicker, showParam } from "@/components/analytics/indicator-picker";
import { getReportSubscription } from "@/server/kpi/get-report-subscription";
import { requirePagePermission } from "@/server/page-context";
import { ratingDashboard, TOP_BY, type TopBy } from "@/server/kpi/rating-dashboard";
import { AbcBars, RevenueTrend, ScoreBars, StageFunnel } from "./rating-charts";
import { KpiSettingsForm } from "./kpi-settings-form";
import { SubscriptionForm } from "./subscription-form";
import { SourcesRating } from "./sources-rating";

export async function generateMetadata() {
  return { title: (await getTranslations("rating"))("title") };
}

type Search = { from?: string; to?: string; show?: string | string[]; top?: string; n?: string };
const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;

function RankChange({ value }: { value: number | null }) {
  if (value === null || value === 0) return <span className="text-slate-400">{value === 0 ? "=" : ""}</span>;
  return (
    <span className={value > 0 ? "text-emerald-700" : "text-red-700"}>{value > 0 ? `▲${value}` : `▼${-value}`}</span>
  );
}

/** SPEC §7.2: the director's rating dashboard. */
export default async function RatingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "kpi.readAll");
  const search = await searchParams;
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const topBy: TopBy = (TOP_BY as readonly string[]).includes(search.top ?? "") ? (search.top as TopBy) : "revenue";
  const topN = Math.min(50, Math.max(1, Number.parseInt(search.n ?? "", 10) || 5));
  const [t, tk, ta, locale, dashboard, subscription] = await Promise.all([
    getTranslations("rating"),
    getTranslations("kpi"),
    getTranslations("analytics"),
    getLocale(),
    ratingDashboard(ctx, period, topBy, topN),
    getReportSubscription(ctx),
  ]);
  const { shown, ignored } = readShownIndicators(showParam(search.show), dashboard.settings.shown);
  const format = indicatorFormatter(locale, ctx.tenant.currency);
  const { current, previous, yearAgo } = dashboard.comparisons;
  // A 12-month period's previous period is the year before: one column shows both.
  const yearIsPrevious = previous.from === yearAgo.from && previous.to === yearAgo.to;
  const noWeights = Object.keys(dashboard.settings.weights).length === 0;

  // Every month of the period, and 0 for a manager who sold nothing in it, so that no line breaks off.
  const trendData = periodBuckets(period, "month").map(({ from }) => {
    const month = from.slice(0, 7);
    return {
      month,
      ...Object.fromEntries(
        dashboard.trend.managers.map((m) => [
          m.userId,
          dashboard.trend.rows.find((r) => r.month === month && r.userId === m.userId)?.revenue ?? 0,
        ]),
      ),
    };
  });
  const stageCount = (s: string) => dashboard.base.stages.find((x) => x.stage === s)?.customers ?? 0;

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", {
          from: current.from,
          to: current.to,
          prevFrom: previous.from,
          prevTo: previous.to,
          yearFrom: yearAgo.from,
          yearTo: yearAgo.to,
        })}
      />
      <PeriodFilter from={period.from} to={period.to} corrected={period.corrected}>
        <IndicatorPicker shown={shown} />
        <FilterField label={t("topBy")}>
          <select name="top" defaultValue={topBy} className={FILTER_CONTROL}>
            {TOP_BY.map((b) => (
              <option key={b} value={b}>
                {t(`topByOptions.${b}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={t("topN")}>
          <input type="number" name="n" min={1} max={50} defaultValue={topN} className={`${FILTER_CONTROL} w-20`} />
        </FilterField>
      </PeriodFilter>
      {ignored.length > 0 && (
        <p role="status" className="mb-4 text-sm text-amber-700">
          {tk("ignoredIndicators", { names: ignored.join(", ") })}
        </p>
      )}
      {noWeights && (
        <p role="status" className="mb-4 text-sm text-amber-700">
          {t("noWeights")}
        </p>
      )}

      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <Card title={t("scoresChart")}>
          <ScoreBars
            data={dashboard.rows.map((r) => ({ name: r.member.name, score: Math.round(r.score * 10) / 10 }))}
            label={t("score")}
          />
        </Card>
        <Card title={`${t("top", { n: topN })}: ${t(`topByOptions.${topBy}`)}`}>
          <ol className="space-y-1 text-sm" data-testid="top-managers">
            {dashboard.top.map((x, i) => (
              <li key={x.member.userId} className="flex justify-between gap-2">
                <span>
                  {i + 1}. {x.member.name}
                </span>
                <span className="tabular-nums">{topBy === "deals" ? x.value : format("money", x.value)}</span>
              </li>
            ))}
          </ol>
        </Card>
      </div>

      <Card title={t("ranking")} className="mt-6">
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="rating-table">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th rowSpan={2} className="px-3 py-2 font-medium">
                  {t("rank")}
                </th>
                <th rowSpan={2} className="px-3 py-2 font-medium">
                  {ta("manager")}
                </th>
                <th rowSpan={2} className="px-3 py-2 font-medium">
                  {t("score")}
                </th>
                {shown.map((i) => (
                  <th
                    key={i}
                    colSpan={yearIsPrevious ? 2 : 3}
                    className="border-l border-slate-200 px-3 py-2 font-medium"
                  >
                    {tk(`indicators.${i}`)}
                  </th>
                ))}
              </tr>
              <tr className="text-xs">
                {shown.flatMap((i) => [
                  <th key={`${i}c`} className="border-l border-slate-200 px-3 py-1 font-normal">
                    {t("current")}
                  </th>,
                  <th key={`${i}p`} className="px-3 py-1 font-normal">
                    {t(yearIsPrevious ? "previousIsYearAgo" : "previous")}
                  </th>,
                  ...(yearIsPrevious
                    ? []
                    : [
                        <th key={`${i}y`} className="px-3 py-1 font-normal">
                          {t("yearAgo")}
                        </th>,
                      ]),
                ])}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {dashboard.rows.map((r) => (
                <tr key={r.member.userId} data-testid="rating-row">
                  <Td className="tabular-nums font-semibold">
                    {r.rank} <RankChange value={r.rankChange} />
                  </Td>
                  <Td className="font-medium">{r.member.name}</Td>
                  <Td className="tabular-nums">{r.score.toFixed(1)}</Td>
                  {shown.flatMap((i) => {
                    const unit = INDICATOR_META[i].unit;
                    const past = (v: number | null) => (INDICATOR_META[i].snapshot ? "—" : format(unit, v));
                    return [
                      <Td key={`${i}c`} className="border-l border-slate-100 tabular-nums">
                        {format(unit, r.values.current[i])}
                      </Td>,
                      <Td key={`${i}p`} className="tabular-nums text-slate-500">
                        {past(r.values.previous[i])}
                      </Td>,
                      ...(yearIsPrevious
                        ? []
                        : [
                            <Td key={`${i}y`} className="tabular-nums text-slate-500">
                              {past(r.values.yearAgo[i])}
                            </Td>,
                          ]),
                    ];
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {shown.some((i) => INDICATOR_META[i].snapshot) && (
          <p className="mt-2 text-xs text-slate-500">{t("snapshotNote")}</p>
        )}
      </Card>

      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <Card title={t("revenueTrend")}>
          <RevenueTrend
            data={trendData}
            managers={dashboard.trend.managers.map((m) => ({ key: m.userId, name: m.name }))}
            locale={locale}
          />
        </Card>
        <div className="grid gap-6 sm:grid-cols-2">
          <Card title={t("funnel")}>
            <StageFunnel
              data={STAGES.map((s) => ({ stage: s, name: t(`stages.${s}`), customers: stageCount(s) }))}
              label={t("customers")}
            />
          </Card>
          <Card title={t("abc")}>
            <AbcBars data={dashboard.base.abc} label={t("customers")} />
          </Card>
        </div>
      </div>

      <SourcesRating slug={slug} rows={dashboard.sources} currency={ctx.tenant.currency} period={period} />

      {can(ctx.role, "kpi.configure") && (
        <div className="mt-6 grid gap-6 xl:grid-cols-[2fr_1fr]">
          <Card title={t("settings")}>
            <KpiSettingsForm slug={slug} settings={dashboard.settings} />
          </Card>
          <Card title={t("subscription")}>
            <SubscriptionForm slug={slug} frequency={subscription?.frequency ?? null} />
          </Card>
        </div>
      )}
    </>
  );
}
