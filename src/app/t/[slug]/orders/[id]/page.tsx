import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getOrder } from "@/server/orders/get-order";
import { listFailureReasons } from "@/server/failure-reasons/list-failure-reasons";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { OrderHeader } from "./order-header";
import { OrderDetails } from "./order-details";
import { OrderTotals } from "./order-totals";
import { OrderLinesTable } from "./order-lines-table";
import { NewDocumentForms } from "./new-document-forms";
import { OrderDocumentsTable } from "./order-documents-table";
import { CancelOrCloseForms } from "./cancel-or-close-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("analysis") };
}

/** The order analysis (SPEC §5.4): ordered vs shipped vs remaining per line, total vs paid, and the documents. */
export default async function OrderPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "order.read");
  const { order, canWrite } = await orNotFound(getOrder(ctx, id));
  const [reasons, options] = await Promise.all([listFailureReasons(ctx.tenant.id), listFormOptions(ctx)]);
  const { currency } = ctx.tenant;
  const open = order.status === "DRAFT" || order.status === "CONFIRMED";
  const remainingToPay = order.totalAmount.minus(order.paidAmount);

  return (
    <>
      <OrderHeader
        slug={slug}
        order={order}
        currency={currency}
        role={ctx.role}
        canEdit={canWrite && open}
        canConfirm={canWrite && order.status === "DRAFT"}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <OrderDetails slug={slug} order={order} currency={currency} />
        <OrderTotals order={order} remainingToPay={remainingToPay} currency={currency} />
      </div>
      <OrderLinesTable lines={order.lines} currency={currency} />
      {canWrite && order.status === "CONFIRMED" && (
        <NewDocumentForms
          slug={slug}
          order={order}
          remainingToPay={remainingToPay}
          timeZone={ctx.tenant.timeZone}
          shippers={ctx.role === "MANAGER" ? null : options.managers}
        />
      )}
      <OrderDocumentsTable order={order} currency={currency} />
      {canWrite && open && (
        <CancelOrCloseForms slug={slug} order={order} reasons={reasons} canClose={can(ctx.role, "order.close")} />
      )}
    </>
  );
}
