import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { moneyFormatter } from "@/i18n/format-money";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";
import { LatePaymentsChart } from "@/components/charts/late-payments-chart";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getSettlements } from "@/server/settlements/get-settlements";

export async function generateMetadata() {
  return { title: (await getTranslations("settlements"))("title") };
}

export default async function SettlementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "order.read");
  const period = readPeriod(await searchParams, todayIn(ctx.tenant.timeZone));
  const { counterparty, balance, figures, trend } = await orNotFound(getSettlements(ctx, id, period));
  const [t, locale] = await Promise.all([getTranslations("settlements"), getLocale()]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const tiles: [string, string, string?][] = [
    [t("debt"), money(balance.debt), "debt"],
    [t("overdue"), money(balance.overdue), "overdue"],
    [t("daysOverdue"), String(balance.daysOverdue), "days-overdue"],
    [t("openOrders"), String(balance.openOrders)],
  ];
  return (
    <>
      <PageHeader
        title={t("heading", { name: counterparty.name })}
        actions={
          <div className="flex gap-2">
            <Link href={`/t/${slug}/orders?counterparty=${counterparty.id}`} className={buttonClass("secondary")}>
              {t("orders")}
            </Link>
            <Link href={`/t/${slug}/counterparties/${counterparty.id}`} className={buttonClass("secondary")}>
              {t("card")}
            </Link>
          </div>
        }
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        {tiles.map(([label, value, testId]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <Card title={t("period")}>
        <form method="get" className="mb-4 flex flex-wrap items-center gap-3 text-sm">
          {period.corrected && (
            <p role="status" className="w-full text-amber-700">
              {t("periodCorrected")}
            </p>
          )}
          <label className="flex items-center gap-2">
            {t("from")} <input type="date" name="from" defaultValue={period.from} className={FILTER_CONTROL} />
          </label>
          <label className="flex items-center gap-2">
            {t("to")} <input type="date" name="to" defaultValue={period.to} className={FILTER_CONTROL} />
          </label>
          <button type="submit" className={buttonClass()}>
            {t("show")}
          </button>
        </form>
        <dl className="mb-4 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-xs text-slate-500">{t("averageDebt")}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="average-debt">
              {money(figures.averageDebt)}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("averageDaysLate")}</dt>
            <dd className="text-lg font-semibold tabular-nums">
              {figures.averageDaysLate === null ? "—" : figures.averageDaysLate.toFixed(1)}
            </dd>
          </div>
        </dl>
        <h3 className="mb-2 text-sm font-semibold">{t("trend")}</h3>
        {trend.length ? (
          <LatePaymentsChart
            data={trend}
            labels={{ due: t("due"), late: t("late"), averageDaysLate: t("averageDaysLate") }}
          />
        ) : (
          <p className="text-sm text-slate-500">{t("noneDue")}</p>
        )}
      </Card>
    </>
  );
}
