import Decimal from "decimal.js";

export type ShipmentState = "NOT_SHIPPED" | "PARTLY_SHIPPED" | "SHIPPED";
export type PaymentState = "UNPAID" | "PARTLY_PAID" | "PAID";

export function shipmentStateOf(lines: readonly { quantity: string; shippedQuantity: string }[]): ShipmentState {
  if (lines.every((l) => new Decimal(l.shippedQuantity).isZero())) return "NOT_SHIPPED";
  return lines.every((l) => new Decimal(l.shippedQuantity).gte(l.quantity)) ? "SHIPPED" : "PARTLY_SHIPPED";
}

export function paymentStateOf(totalAmount: string, paidAmount: string): PaymentState {
  if (new Decimal(paidAmount).gte(totalAmount)) return "PAID";
  return new Decimal(paidAmount).isZero() ? "UNPAID" : "PARTLY_PAID";
}

/** Nothing is owed either way: shipped in full and paid exactly in full (an overpayment is an advance still owed back). */
export function isSettled(totalAmount: string, shippedAmount: string, paidAmount: string): boolean {
  return new Decimal(shippedAmount).eq(totalAmount) && new Decimal(paidAmount).eq(totalAmount);
}

/** SPEC §5.3: a confirmed order completes by itself once it is fully shipped and fully paid. */
export function completesAutomatically(status: string, shipment: ShipmentState, payment: PaymentState): boolean {
  return status === "CONFIRMED" && shipment === "SHIPPED" && payment === "PAID";
}
