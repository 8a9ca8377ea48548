import { z } from "zod";
import { idempotencyKey, optionalText, recordId, requiredDate } from "@/domain/forms/form-fields";
import { moneySchema, quantityOrZeroSchema } from "./amounts";
import { MAX_ORDER_LINES } from "./order-input";

export const PAYMENT_METHODS = ["BANK_TRANSFER", "CASH", "CARD", "OTHER"] as const;

/** A shipment form lists every line of the order with what remains; lines left at 0 are not shipped. */
export const shipmentSchema = z.object({
  orderId: recordId,
  date: requiredDate,
  shipperUserId: optionalText(64),
  comment: optionalText(2000),
  idempotencyKey,
  lines: z
    .array(
      z.object({
        orderLineId: recordId,
        quantity: z.union([z.literal("").transform(() => "0.000"), quantityOrZeroSchema]),
      }),
    )
    .min(1, "validation.shipmentLinesRequired")
    .max(MAX_ORDER_LINES, "validation.tooMany"),
});

export const paymentSchema = z.object({
  orderId: recordId,
  date: requiredDate,
  amount: moneySchema.refine((v) => Number(v) > 0, "validation.positive"),
  method: z.enum(PAYMENT_METHODS, "validation.choose").default("BANK_TRANSFER"),
  comment: optionalText(2000),
  idempotencyKey,
});
