import { z } from "zod";
import { idempotencyKey, optionalDate, optionalText, recordId, requiredDate } from "@/domain/forms/form-fields";
import { discountSchema, moneySchema, quantitySchema } from "./amounts";

export const MAX_ORDER_LINES = 200;

const orderLineSchema = z.object({
  productId: recordId,
  quantity: quantitySchema,
  price: moneySchema,
  discountPercent: z.union([z.literal("").transform(() => "0.00"), discountSchema]).default("0.00"),
});

const optionalId = optionalText(64);

const orderHeaderSchema = z.object({
  date: requiredDate,
  counterpartyId: recordId,
  contactPersonId: optionalId,
  managerUserId: optionalId,
  expectedShipmentDate: optionalDate,
  expectedPaymentDate: optionalDate,
  sourceId: optionalId,
  comment: optionalText(5000),
});

const orderLinesSchema = z
  .array(orderLineSchema, "validation.orderLinesRequired")
  .min(1, "validation.orderLinesRequired")
  .max(MAX_ORDER_LINES, "validation.tooMany");

function expectedDatesNotBeforeOrder(order: z.infer<typeof orderHeaderSchema>, ctx: z.RefinementCtx) {
  for (const field of ["expectedShipmentDate", "expectedPaymentDate"] as const) {
    const date = order[field];
    if (date && date < order.date)
      ctx.addIssue({ code: "custom", path: [field], message: "validation.notBeforeOrderDate" });
  }
}

/** The order form: header and lines. Dates are calendar dates; the tenant's time zone decides what "today" is. */
const orderSchema = orderHeaderSchema.extend({ lines: orderLinesSchema }).superRefine(expectedDatesNotBeforeOrder);

/** Editing: lines are sent only while the order has no shipments; after that the form locks them. */
export const updateOrderSchema = orderHeaderSchema
  .extend({ id: recordId, version: z.coerce.number().int().min(1), lines: orderLinesSchema.optional() })
  .superRefine(expectedDatesNotBeforeOrder);

export const createOrderSchema = z.intersection(
  orderSchema,
  z.object({
    idempotencyKey,
    confirm: z
      .string()
      .optional()
      .transform((v) => v === "true" || v === "on"),
  }),
);

export type OrderInput = z.infer<typeof orderSchema>;
