import Decimal from "decimal.js";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Period } from "@/domain/analytics/comparison-periods";
import { clientBaseWarning, isCompleteBucket } from "@/domain/analytics/client-base-warning";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import { GRANULARITIES } from "@/domain/analytics/comparison-periods";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { moneyFormatter } from "@/i18n/format-money";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { clientBaseDynamics, type ClientBaseRow } from "@/server/analytics/client-base-dynamics";
import { listReportManagers } from "@/server/analytics/list-report-managers";
import { ClientBaseChart } from "./client-base-chart";
import { WarningNotice } from "./warning-notice";

export async function generateMetadata() {
  return { title: (await getTranslations("clientBase"))("title") };
}

const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;
const MONEY = ["revenueNew", "revenueRegular", "profitNew", "profitRegular"] as const;

function totals(rows: ClientBaseRow[]) {
  const sum = (key: (typeof MONEY)[number]) => rows.reduce((s, r) => s.plus(r[key]), new Decimal(0)).toFixed(2);
  return {
    newCustomers: rows.reduce((s, r) => s + r.newCustomers, 0),
    lostCustomers: rows.reduce((s, r) => s + r.lostCustomers, 0),
    ...(Object.fromEntries(MONEY.map((k) => [k, sum(k)])) as Record<(typeof MONEY)[number], string>),
    stages: rows.at(-1)?.stages,
  };
}

/** SPEC §7.3: new and lost customers, revenue from new vs regular customers and stages, per week or month. */
export default async function ClientBasePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const today = todayIn(ctx.tenant.timeZone);
  const query = readClientBaseQuery(await searchParams, today);
  const managers = await listReportManagers(ctx);
  const manager = managers.some((m) => m.id === query.manager) ? query.manager : undefined;
  const { granularity, period } = query;
  const [t, ta, ts, format, locale, rows] = await Promise.all([
    getTranslations("clientBase"),
    getTranslations("analytics"),
    getTranslations("counterparties"),
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
  const share = (part: string, other: string) => {
    const whole = new Decimal(part).plus(other);
    return whole.isZero() ? "—" : format.number(new Decimal(part).div(whole).toNumber(), { style: "percent", maximumFractionDigits: 1 });
  };
  const total = totals(rows);
  const empty = rows.every((r) => r.newCustomers + r.lostCustomers + r.returningCustomers === 0 && STAGES.every((s) => r.stages[s] === 0));
  const exportQuery = new URLSearchParams({ ...period, granularity, ...(manager ? { manager } : {}) });

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <PeriodFilter from={period.from} to={period.to} corrected={query.corrected} exportHref={`/t/${slug}/analytics/client-base/export?${exportQuery.toString()}`}>
        <FilterField label={ta("granularity")}>
          <select name="granularity" defaultValue={granularity} className={FILTER_CONTROL}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>{ta(`granularities.${g}`)}</option>
            ))}
          </select>
        </FilterField>
        <FilterField label={ta("manager")}>
          <FilterChoice name="manager" label={ta("manager")} value={manager} any={ta("allManagers")} options={managers.map((m) => ({ value: m.id, label: m.name }))} />
        </FilterField>
      </PeriodFilter>
      {query.coarsened && <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">{t("coarsened")}</p>}
      <WarningNotice findings={clientBaseWarning(rows, granularity, today)} granularity={granularity} label={label} money={money} />
      {empty && <p className="mb-4 text-sm text-slate-500">{ta("noData")}</p>}
      <Card title={t("chart")}>
        <ClientBaseChart
          data={rows.map((r) => ({ label: label(r), newCustomers: r.newCustomers, lost: -r.lostCustomers, revenueNew: Number(r.revenueNew), revenueRegular: Number(r.revenueRegular) }))}
          locale={locale}
          currency={ctx.tenant.currency}
          labels={{ newCustomers: t("newCustomers"), lost: t("lostCustomers"), revenueNew: t("revenueNew"), revenueRegular: t("revenueRegular") }}
        />
      </Card>
      <Card title={t("table")} className="mt-6">
        <Table head={[t("bucket"), t("newCustomers"), t("lostCustomers"), t("returningCustomers"), t("revenueNew"), t("revenueRegular"), t("newShare"), ...STAGES.map((s) => ts(`stages.${s}`))]}>
          {rows.map((r) => (
            <tr key={r.from} data-testid="client-base-row">
              <Td className="whitespace-nowrap">
                {label(r)}
                {!isCompleteBucket(r, granularity, today) && <span className="ml-1 text-xs text-slate-500">({t("partial")})</span>}
              </Td>
              <Td className="tabular-nums">{r.newCustomers}</Td>
              <Td className="tabular-nums">{r.lostCustomers}</Td>
              <Td className="tabular-nums">{r.returningCustomers}</Td>
              <MoneyCell revenue={r.revenueNew} profit={r.profitNew} money={money} profitLabel={(amount) => t("profit", { amount })} />
              <MoneyCell revenue={r.revenueRegular} profit={r.profitRegular} money={money} profitLabel={(amount) => t("profit", { amount })} />
              <Td className="tabular-nums">{share(r.revenueNew, r.revenueRegular)}</Td>
              {STAGES.map((s) => (
                <Td key={s} className="tabular-nums">{r.stages[s]}</Td>
              ))}
            </tr>
          ))}
          <tr className="bg-slate-50 font-semibold" data-testid="client-base-total">
            <Td>{ta("total")}</Td>
            <Td className="tabular-nums">{total.newCustomers}</Td>
            <Td className="tabular-nums">{total.lostCustomers}</Td>
            <Td>—</Td>
            <MoneyCell revenue={total.revenueNew} profit={total.profitNew} money={money} profitLabel={(amount) => t("profit", { amount })} />
            <MoneyCell revenue={total.revenueRegular} profit={total.profitRegular} money={money} profitLabel={(amount) => t("profit", { amount })} />
            <Td className="tabular-nums">{share(total.revenueNew, total.revenueRegular)}</Td>
            {STAGES.map((s) => (
              <Td key={s} className="tabular-nums">{total.stages?.[s] ?? "—"}</Td>
            ))}
          </tr>
        </Table>
        <p className="mt-2 text-xs text-slate-500">{t("stagesAtEnd")}. {t("totalsNote")}</p>
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

function MoneyCell({ revenue, profit, money, profitLabel }: { revenue: string; profit: string; money: (v: string) => string; profitLabel: (amount: string) => string }) {
  return (
    <Td className="whitespace-nowrap tabular-nums">
      {money(revenue)}
      <div className="text-xs font-normal text-slate-500">{profitLabel(money(profit))}</div>
    </Td>
  );
}
