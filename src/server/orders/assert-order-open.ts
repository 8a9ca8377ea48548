import "server-only";
import { ValidationError } from "@/server/errors";
import type { LockedOrder } from "./order-access";

/** Shipments and payments go against a confirmed order only: not a draft, not a cancelled or completed one. */
export function assertOrderAcceptsDocuments(order: LockedOrder, date: Date) {
  if (order.status === "DRAFT") throw new ValidationError({}, "errors.orderNotConfirmed");
  if (order.status !== "CONFIRMED") throw new ValidationError({}, "errors.orderClosed");
  if (date < order.date) throw new ValidationError({ date: "validation.notBeforeOrderDate" });
}
