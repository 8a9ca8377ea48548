import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { readShownIndicators } from "@/domain/kpi/kpi-settings";
import { PageHeader } from "@/components/ui/card";
import { showParam } from "@/components/analytics/indicator-picker";
import { getReportSubscription } from "@/server/kpi/get-report-subscription";
import { requirePagePermission } from "@/server/page-context";
import { ratingDashboard, TOP_BY, type TopBy } from "@/server/kpi/rating-dashboard";
import { IgnoredIndicatorsNotice } from "../managers/ignored-indicators-notice";
import { RatingFilter } from "./rating-filter";
import { ScoresCard } from "./scores-card";
import { TopManagers } from "./top-managers";
import { RatingTable } from "./rating-table";
import { RevenueTrendCard } from "./revenue-trend-card";
import { CustomerBaseCharts } from "./customer-base-charts";
import { SourcesRating } from "./sources-rating";
import { RatingSettings } from "./rating-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("rating"))("title") };
}

type Search = { from?: string; to?: string; show?: string | string[]; top?: string; n?: string };

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
  const [t, dashboard, subscription] = await Promise.all([
    getTranslations("rating"),
    ratingDashboard(ctx, period, topBy, topN),
    getReportSubscription(ctx),
  ]);
  const { shown, ignored } = readShownIndicators(showParam(search.show), dashboard.settings.shown);
  const { current, previous, yearAgo } = dashboard.comparisons;
  const currency = ctx.tenant.currency;

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
      <RatingFilter period={period} shown={shown} topBy={topBy} topN={topN} />
      <IgnoredIndicatorsNotice ignored={ignored} />
      {Object.keys(dashboard.settings.weights).length === 0 && (
        <p role="status" className="mb-4 text-sm text-amber-700">
          {t("noWeights")}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <ScoresCard rows={dashboard.rows} />
        <TopManagers top={dashboard.top} topBy={topBy} topN={topN} currency={currency} />
      </div>
      <RatingTable rows={dashboard.rows} shown={shown} comparisons={dashboard.comparisons} currency={currency} />
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <RevenueTrendCard period={period} trend={dashboard.trend} />
        <CustomerBaseCharts base={dashboard.base} />
      </div>
      <SourcesRating slug={slug} rows={dashboard.sources} currency={currency} period={period} />
      {can(ctx.role, "kpi.configure") && (
        <RatingSettings slug={slug} settings={dashboard.settings} frequency={subscription?.frequency ?? null} />
      )}
    </>
  );
}
