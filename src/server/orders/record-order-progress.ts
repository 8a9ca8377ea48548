import "server-only";
import { completesAutomatically, isSettled, paymentStateOf, shipmentStateOf } from "@/domain/orders/order-state";
import type { Tx } from "@/server/db";
import type { LockedOrder } from "./order-access";

/**
 * After a shipment or a payment: the order's shipped and paid amounts, its two states, and completion when it is
 * now fully shipped and fully paid (SPEC §5.3). Runs in the transaction that wrote the document.
 */
export async function recordOrderProgress(
  tx: Tx,
  order: LockedOrder,
  progress: { lines: { quantity: string; shippedQuantity: string }[]; shippedAmount: string; paidAmount: string },
) {
  const shipmentState = shipmentStateOf(progress.lines);
  const paymentState = paymentStateOf(order.totalAmount.toFixed(2), progress.paidAmount);
  const completes = completesAutomatically(order.status, shipmentState, paymentState);
  await tx.order.update({
    where: { tenantId_id: { tenantId: order.tenantId, id: order.id } },
    data: {
      shippedAmount: progress.shippedAmount,
      paidAmount: progress.paidAmount,
      shipmentState,
      paymentState,
      settled: isSettled(order.totalAmount.toFixed(2), progress.shippedAmount, progress.paidAmount),
      ...(completes && { status: "COMPLETED", completedAt: new Date() }),
      version: { increment: 1 },
    },
  });
  return { shipmentState, paymentState, completed: completes };
}
