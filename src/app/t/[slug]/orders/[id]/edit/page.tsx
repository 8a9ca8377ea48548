import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isoDate } from "@/domain/dates/calendar-date";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getOrder } from "@/server/orders/get-order";
import { orderFormOptions } from "@/server/orders/order-form-options";
import { updateOrderAction } from "../../actions";
import { OrderForm } from "../../order-form";

export default async function EditOrderPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "order.write");
  const { order, canWrite } = await orNotFound(getOrder(ctx, id));
  if (!canWrite || (order.status !== "DRAFT" && order.status !== "CONFIRMED")) notFound();
  const [t, options] = await Promise.all([getTranslations("orders"), orderFormOptions(ctx, order.counterpartyId)]);
  const linesLocked = order.shipmentState !== "NOT_SHIPPED" || !order.paidAmount.isZero();
  return (
    <>
      <PageHeader title={t("editHeading", { number: order.number })} />
      <Card>
        <OrderForm
          slug={slug}
          action={updateOrderAction.bind(null, slug)}
          hidden={{ id: order.id, version: String(order.version) }}
          managers={options.managers}
          sources={options.sources}
          linesLocked={linesLocked}
          submitLabels={{ save: t("save") }}
          values={{
            date: isoDate(order.date),
            counterparty: options.counterparty,
            contactPersonId: order.contactPersonId ?? "",
            managerUserId: order.managerUserId,
            expectedShipmentDate: order.expectedShipmentDate ? isoDate(order.expectedShipmentDate) : "",
            expectedPaymentDate: order.expectedPaymentDate ? isoDate(order.expectedPaymentDate) : "",
            sourceId: order.sourceId ?? "",
            comment: order.comment ?? "",
            lines: order.lines.map((l) => ({
              key: l.id,
              product: {
                id: l.productId,
                label: l.product.name,
                hint: l.product.sku,
                unit: l.product.unit,
                salePrice: l.price.toFixed(2),
              },
              quantity: l.quantity.toString(),
              price: l.price.toFixed(2),
              discountPercent: l.discountPercent.isZero() ? "" : l.discountPercent.toString(),
            })),
          }}
        />
      </Card>
    </>
  );
}
