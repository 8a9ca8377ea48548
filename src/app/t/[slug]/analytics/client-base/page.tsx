import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clientBaseWarning, isCompleteBucket } from "@/domain/analytics/client-base-warning";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import { GRANULARITIES, type Period } from "@/domain/analytics/comparison-periods";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { moneyFormatter } from "@/i18n/format-money";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { clientBaseDynamics } from "@/server/analytics/client-base-dynamics";
import { listReportManagers } from "@/server/analytics/list-report-managers";
import { ClientBaseChart } from "./client-base-chart";
import { ClientBaseTable } from "./client-base-table";
import { WarningNotice } from "./warning-notice";

export async function generateMetadata() {
  return { title: (await getTranslations("clientBase"))("title") };
}

/** SPEC §7.3: new and lost customers, revenue from new vs regular customers and stages, per week or month. */
export default async function ClientBasePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const today = todayIn(ctx.tenant.timeZone);
  const query = readClientBaseQuery(await searchParams, today);
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
  const exportQuery = new URLSearchParams({ ...period, granularity, ...(manager ? { manager } : {}) });

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <PeriodFilter
        from={period.from}
        to={period.to}
        corrected={query.corrected}
        exportHref={`/t/${slug}/analytics/client-base/export?${exportQuery.toString()}`}
      >
        <FilterField label={ta("granularity")}>
          <select name="granularity" defaultValue={granularity} className={FILTER_CONTROL}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {ta(`granularities.${g}`)}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField label={ta("manager")}>
          <FilterChoice
            name="manager"
            label={ta("manager")}
            value={manager}
            any={ta("allManagers")}
            options={managers.map((m) => ({ value: m.id, label: m.name }))}
          />
        </FilterField>
      </PeriodFilter>
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
      <Card title={t("chart")}>
        <ClientBaseChart
          data={rows.map((r) => ({
            label: label(r),
            newCustomers: r.newCustomers,
            lost: -r.lostCustomers,
            revenueNew: Number(r.revenueNew),
            revenueRegular: Number(r.revenueRegular),
          }))}
          locale={locale}
          currency={ctx.tenant.currency}
          labels={{
            newCustomers: t("newCustomers"),
            lost: t("lostCustomers"),
            revenueNew: t("revenueNew"),
            revenueRegular: t("revenueRegular"),
          }}
        />
      </Card>
      <Card title={t("table")} className="mt-6">
        <ClientBaseTable
          rows={rows}
          label={label}
          partial={(r) => !isCompleteBucket(r, granularity, today)}
          money={money}
        />
        <p className="mt-2 text-xs text-slate-500">{t("totalsNote")}</p>
        <details className="mt-4 text-sm text-slate-600">
          <summary className="cursor-pointer font-medium">{t("definitions.title")}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {(["newCustomers", "revenue", "lost", "stages", "manager"] as const).map((k) => (
              <li key={k}>{t(`definitions.${k}`)}</li>
            ))}
          </ul>
        </details>
      </Card>
    </>
  );
}
