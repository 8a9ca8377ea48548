import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CancelOrderForm, CloseOrderForm } from "./status-forms";
import type { LoadedOrder } from "./loaded-order";

export async function CancelOrCloseForms({
  slug,
  order,
  reasons,
  canClose,
}: {
  slug: string;
  order: LoadedOrder;
  reasons: { id: string; name: string }[];
  canClose: boolean;
}) {
  const t = await getTranslations("orders");
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      {order.shipmentState === "NOT_SHIPPED" && order.paidAmount.isZero() && (
        <Card title={t("cancelOrder")}>
          <CancelOrderForm slug={slug} id={order.id} version={order.version} reasons={reasons} />
        </Card>
      )}
      {order.status === "CONFIRMED" && canClose && (
        <Card title={t("closeByHand")}>
          <CloseOrderForm slug={slug} id={order.id} version={order.version} />
        </Card>
      )}
    </div>
  );
}
