import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { readKpiSettings, readShownIndicators } from "@/domain/kpi/kpi-settings";
import { seesOnlyOwnCounterparties } from "@/domain/tenants/tenant-settings";
import { PageHeader } from "@/components/ui/card";
import { PeriodFilter } from "@/components/analytics/period-filter";
import { IndicatorPicker, showParam } from "@/components/analytics/indicator-picker";
import { requirePagePermission } from "@/server/page-context";
import { managerIndicatorsReport } from "@/server/kpi/manager-indicators-report";
import { ManagerFilter } from "@/components/analytics/report-filter-fields";
import { IgnoredIndicatorsNotice } from "./ignored-indicators-notice";
import { InteractionBreakdown } from "./interaction-breakdown";
import { ManagerIndicatorsTable } from "./manager-indicators-table";

export async function generateMetadata() {
  return { title: (await getTranslations("kpi"))("title") };
}

type Search = { from?: string; to?: string; manager?: string; show?: string | string[] };

/** SPEC §7.1: every manager's indicators for a period, absolute and as a share of the company total. */
export default async function ManagerIndicatorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "kpi.read");
  const search = await searchParams;
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const { shown, ignored } = readShownIndicators(
    showParam(search.show),
    readKpiSettings((ctx.tenant.settings as { kpi?: unknown }).kpi).shown,
  );
  const [t, report] = await Promise.all([getTranslations("kpi"), managerIndicatorsReport(ctx, period, search.manager)]);
  const seesAll = can(ctx.role, "kpi.readAll");
  // Under "own clients only" a manager's company total would give his colleagues' figures away by subtraction.
  const total = seesAll || !seesOnlyOwnCounterparties(ctx.role, ctx.tenant.settings) ? report.total : null;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { from: period.from, to: period.to })} />
      <PeriodFilter from={period.from} to={period.to} corrected={period.corrected}>
        {seesAll && (
          <ManagerFilter
            value={search.manager}
            managers={report.members.map((m) => ({ id: m.userId, name: m.name }))}
          />
        )}
        <IndicatorPicker shown={shown} />
      </PeriodFilter>
      <IgnoredIndicatorsNotice ignored={ignored} />
      {!seesAll && <p className="mb-4 text-sm text-slate-500">{t("ownRowOnly")}</p>}
      <ManagerIndicatorsTable rows={report.rows} total={total} shown={shown} currency={ctx.tenant.currency} />
      <InteractionBreakdown rows={report.interactions} members={report.members} />
    </>
  );
}
