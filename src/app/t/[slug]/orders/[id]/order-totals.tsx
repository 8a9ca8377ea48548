import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { orderFormatters } from "./order-formatters";
import type { LoadedOrder } from "./loaded-order";

export async function OrderTotals({
  order,
  remainingToPay,
  currency,
}: {
  order: LoadedOrder;
  remainingToPay: LoadedOrder["totalAmount"];
  currency: string;
}) {
  const [t, { money }] = await Promise.all([getTranslations("orders"), orderFormatters(currency)]);
  return (
    <Card title={t("totals")} className="lg:col-span-2">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="order-totals">
        {[
          [t("total"), money(order.totalAmount)],
          [t("shipped"), money(order.shippedAmount)],
          [t("paid"), money(order.paidAmount)],
          [t("remainingToPay"), money(remainingToPay)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
