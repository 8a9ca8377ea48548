import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { todayIn } from "@/domain/dates/calendar-date";
import { Card } from "@/components/ui/card";
import { PaymentForm, ShipmentForm } from "./document-forms";
import type { LoadedOrder } from "./loaded-order";

export async function NewDocumentForms({
  slug,
  order,
  remainingToPay,
  timeZone,
  shippers,
}: {
  slug: string;
  order: LoadedOrder;
  remainingToPay: LoadedOrder["totalAmount"];
  timeZone: string;
  shippers: { id: string; name: string }[] | null;
}) {
  const t = await getTranslations("orders");
  const today = todayIn(timeZone);
  const remainingLines = order.lines
    .map((l) => ({
      id: l.id,
      product: l.product.name,
      unit: l.product.unit,
      remaining: l.quantity.minus(l.shippedQuantity),
    }))
    .filter((l) => l.remaining.gt(0))
    .map((l) => ({ ...l, remaining: l.remaining.toString() }));
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      {remainingLines.length > 0 && (
        <Card title={t("newShipment")}>
          <ShipmentForm
            slug={slug}
            orderId={order.id}
            lines={remainingLines}
            today={today}
            idempotencyKey={randomUUID()}
            shippers={shippers}
          />
        </Card>
      )}
      {remainingToPay.gt(0) && (
        <Card title={t("newPayment")}>
          <PaymentForm
            slug={slug}
            orderId={order.id}
            remaining={remainingToPay.toFixed(2)}
            today={today}
            idempotencyKey={randomUUID()}
          />
        </Card>
      )}
    </div>
  );
}
