import { getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import type { getSettlements } from "@/server/settlements/get-settlements";

/** Today's debt, overdue amount and days, and open orders. */
export async function BalanceTiles({
  balance,
  currency,
}: {
  balance: Awaited<ReturnType<typeof getSettlements>>["balance"];
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("settlements"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const tiles: [string, string, string?][] = [
    [t("debt"), money(balance.debt), "debt"],
    [t("overdue"), money(balance.overdue), "overdue"],
    [t("daysOverdue"), String(balance.daysOverdue), "days-overdue"],
    [t("openOrders"), String(balance.openOrders)],
  ];
  return (
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
  );
}
