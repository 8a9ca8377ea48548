import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clientBaseWarning, isCompleteBucket } from "@/domain/analytics/client-base-warning";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import type { Period } from "@/domain/analytics/comparison-periods";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { moneyFormatter } from "@/i18n/format-money";
import { PageHeader } from "@/components/ui/card";
import { clientBaseDynamics } from "@/server/analytics/client-base-dynamics";
import { listReportManagers } from "@/server/analytics/list-report-managers";
import { ClientBaseChartCard } from "./client-base-chart-card";
import { ClientBaseFilter } from "./client-base-filter";
import { ClientBaseTableCard } from "./client-base-table-card";
import { WarningNotice } from "./warning-notice";
import { reportPageContext, type ReportPageProps } from "../report-page";

export async function generateMetadata() {
  return { title: (await getTranslations("clientBase"))("title") };
}

/** SPEC §7.3: new and lost customers, revenue from new vs regular customers and stages, per week or month. */
export default async function ClientBasePage(props: ReportPageProps) {
  const { slug, ctx, search } = await reportPageContext(props);
  const today = todayIn(ctx.tenant.timeZone);
  const query = readClientBaseQuery(search, today);
  const managers = await listReportManagers(ctx);
  const manager = managers.some((m) => m.id === query.manager) ? query.manager : undefined;
  const { granularity, period } = query;
  const [t, ta, format, locale, rows] = await Promise.all([
    getTranslations("clientBase"),
    getTranslations("analytics"),
    getFormatter(),
    getLocale(),
    clientBaseDynamics(ctx, { ...period, granularity, managerUserId: manager }),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  // Bucket bounds are calendar dates (midnight UTC): formatted in UTC they stay the same day everywhere.
  const label = (b: Period) =>
    granularity === "month"
      ? format.dateTime(dateValue(b.from), { month: "short", year: "numeric", timeZone: "UTC" })
      : format.dateTimeRange(dateValue(b.from), dateValue(b.to), { day: "numeric", month: "short", timeZone: "UTC" });
  const empty = rows.every(
    (r) =>
      r.newCustomers + r.lostCustomers + r.returningCustomers === 0 && Object.values(r.stages).every((n) => n === 0),
  );

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ClientBaseFilter slug={slug} query={query} manager={manager} managers={managers} />
      {query.coarsened && (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800"
        >
          {t("coarsened")}
        </p>
      )}
      <WarningNotice
        findings={clientBaseWarning(rows, granularity, today)}
        granularity={granularity}
        label={label}
        money={money}
      />
      {empty && <p className="mb-4 text-sm text-slate-500">{ta("noData")}</p>}
      <ClientBaseChartCard rows={rows} label={label} currency={ctx.tenant.currency} />
      <ClientBaseTableCard
        rows={rows}
        label={label}
        partial={(r) => !isCompleteBucket(r, granularity, today)}
        money={money}
      />
    </>
  );
}
