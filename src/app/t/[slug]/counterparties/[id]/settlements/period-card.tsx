import { getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Card } from "@/components/ui/card";
import { LatePaymentsChart } from "@/components/charts/late-payments-chart";
import type { getSettlements } from "@/server/settlements/get-settlements";
import { PeriodForm } from "./period-form";

type Settlements = Awaited<ReturnType<typeof getSettlements>>;

/** Over the chosen period: the average debt, how late the orders due were paid, and that lateness month by month. */
export async function PeriodCard({
  period,
  figures,
  trend,
  currency,
}: {
  period: { from: string; to: string; corrected: boolean };
  figures: Settlements["figures"];
  trend: Settlements["trend"];
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("settlements"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  return (
    <Card title={t("period")}>
      <PeriodForm period={period} />
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
  );
}
