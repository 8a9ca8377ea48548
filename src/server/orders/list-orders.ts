import "server-only";
import type { OrderListQuery } from "@/domain/orders/order-list-query";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { visibleOrdersWhere } from "./order-access";

const ORDER_PAGE_SIZE = 50;

export function orderListWhere(ctx: TenantContext, query: OrderListQuery): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [visibleOrdersWhere(ctx)];
  const q = query.q?.trim();
  if (q) {
    const number = /^\d{1,9}$/.test(q) ? Number(q) : null;
    and.push({
      OR: [...(number ? [{ number }] : []), { counterparty: { name: { contains: q, mode: "insensitive" } } }],
    });
  }
  if (query.status === "OPEN") and.push({ status: { in: ["DRAFT", "CONFIRMED"] } });
  else if (query.status) and.push({ status: query.status });
  if (query.shipment) and.push({ shipmentState: query.shipment });
  if (query.payment) and.push({ paymentState: query.payment });
  if (query.manager) and.push({ managerUserId: query.manager });
  if (query.counterparty) and.push({ counterpartyId: query.counterparty });
  if (query.from) and.push({ date: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ date: { lte: new Date(`${query.to}T00:00:00Z`) } });
  return { AND: and };
}

function orderBy(query: OrderListQuery): Prisma.OrderOrderByWithRelationInput[] {
  const dir = query.dir ?? "desc";
  switch (query.sort) {
    case "number":
      return [{ number: dir }];
    case "total":
      return [{ totalAmount: dir }, { number: dir }];
    case "expectedPaymentDate":
      return [{ expectedPaymentDate: { sort: dir, nulls: "last" } }, { number: dir }];
    default:
      return [{ date: dir }, { number: dir }];
  }
}

/** One page of orders the user may see, with their shipment and payment state. */
export async function listOrders(ctx: TenantContext, query: OrderListQuery, take = ORDER_PAGE_SIZE) {
  const where = orderListWhere(ctx, query);
  const [rows, total] = await Promise.all([
    db().order.findMany({
      where,
      orderBy: orderBy(query),
      skip: (query.page - 1) * take,
      take,
      include: {
        counterparty: { select: { id: true, name: true } },
        manager: { select: { user: { select: { name: true } } } },
      },
    }),
    db().order.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / take)) };
}
