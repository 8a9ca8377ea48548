import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { OrderBadges } from "@/components/orders/order-badges";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";

/** Open orders with their shipment and payment state, and what the client owes (SPEC §2.2). */
export async function OrdersPanel({
  slug,
  counterpartyId,
  card,
  currency,
  canCreate,
}: {
  slug: string;
  counterpartyId: string;
  card: CounterpartyCard;
  currency: string;
  canCreate: boolean;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("orders"), getFormatter(), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const { balance, openOrders } = card;
  return (
    <Card
      title={t("openOrders")}
      actions={
        canCreate && (
          <Link
            href={`/t/${slug}/orders/new?counterparty=${counterpartyId}`}
            className={buttonClass("secondary", "sm")}
          >
            {t("new")}
          </Link>
        )
      }
    >
      <dl className="mb-3 grid grid-cols-2 gap-2 text-sm" data-testid="card-debt">
        <div>
          <dt className="text-xs text-slate-500">{t("debt")}</dt>
          <dd className="font-semibold tabular-nums">{money(balance.debt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("overdue")}</dt>
          <dd className={`font-semibold tabular-nums ${Number(balance.overdue) > 0 ? "text-red-700" : ""}`}>
            {money(balance.overdue)}{" "}
            {balance.daysOverdue > 0 && (
              <span className="text-xs font-normal">({t("daysOverdue", { days: balance.daysOverdue })})</span>
            )}
          </dd>
        </div>
      </dl>
      {openOrders.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noOpenOrders")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {openOrders.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/t/${slug}/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
                {t("orderNo", { number: o.number })} ·{" "}
                {format.dateTime(o.date, { dateStyle: "short", timeZone: "UTC" })}
              </Link>
              <span className="tabular-nums">{money(o.totalAmount)}</span>
              <OrderBadges order={o} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex gap-3 text-sm">
        <Link href={`/t/${slug}/orders?counterparty=${counterpartyId}`} className="text-brand-700 hover:underline">
          {t("allOrders")}
        </Link>
        <Link
          href={`/t/${slug}/counterparties/${counterpartyId}/settlements`}
          className="text-brand-700 hover:underline"
        >
          {t("settlements")}
        </Link>
      </div>
    </Card>
  );
}
