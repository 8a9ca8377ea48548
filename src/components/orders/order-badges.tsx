import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

const STATUS_TONE = { DRAFT: "slate", CONFIRMED: "blue", COMPLETED: "green", CANCELLED: "red" } as const;
const SHIPMENT_TONE = { NOT_SHIPPED: "slate", PARTLY_SHIPPED: "amber", SHIPPED: "green" } as const;
const PAYMENT_TONE = { UNPAID: "slate", PARTLY_PAID: "amber", PAID: "green" } as const;

/** Status, shipment state and payment state, the same way wherever an order appears (SPEC §5 "shown everywhere"). */
export function OrderBadges({
  order,
}: {
  order: {
    status: keyof typeof STATUS_TONE;
    shipmentState: keyof typeof SHIPMENT_TONE;
    paymentState: keyof typeof PAYMENT_TONE;
  };
}) {
  const t = useTranslations("orders");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={STATUS_TONE[order.status]}>{t(`statuses.${order.status}`)}</Badge>
      {order.status !== "CANCELLED" && (
        <>
          <Badge tone={SHIPMENT_TONE[order.shipmentState]}>{t(`shipmentStates.${order.shipmentState}`)}</Badge>
          <Badge tone={PAYMENT_TONE[order.paymentState]}>{t(`paymentStates.${order.paymentState}`)}</Badge>
        </>
      )}
    </span>
  );
}
