import { z } from "zod";
import { isCalendarDate } from "@/domain/dates/calendar-date";

export const ORDER_STATUSES = ["DRAFT", "CONFIRMED", "COMPLETED", "CANCELLED"] as const;
export const SHIPMENT_STATES = ["NOT_SHIPPED", "PARTLY_SHIPPED", "SHIPPED"] as const;
export const PAYMENT_STATES = ["UNPAID", "PARTLY_PAID", "PAID"] as const;
const ORDER_SORTS = ["date", "number", "total", "expectedPaymentDate"] as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const date = z.string().refine(isCalendarDate).optional().catch(undefined);

/** The order list's state in the URL; anything malformed falls back to the default rather than failing the page. */
const orderListQuerySchema = z.object({
  q: text(100),
  status: z
    .enum([...ORDER_STATUSES, "OPEN"])
    .optional()
    .catch(undefined),
  shipment: z.enum(SHIPMENT_STATES).optional().catch(undefined),
  payment: z.enum(PAYMENT_STATES).optional().catch(undefined),
  manager: text(64),
  counterparty: text(64),
  from: date,
  to: date,
  sort: z.enum(ORDER_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type OrderListQuery = z.infer<typeof orderListQuerySchema>;

export function parseOrderListQuery(params: Record<string, string | string[] | undefined>): OrderListQuery {
  return orderListQuerySchema.parse(
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
}
