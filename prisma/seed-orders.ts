/**
 * A realistic year of trade for the demo tenant: a product catalog, reasons for lost orders, and orders with
 * partial shipments and payments, some paid late and some still overdue. Written through the same use cases as
 * the app (numbers, amounts, states and history come out exactly as if the managers had typed them).
 */
import { addDays, subMonths } from "date-fns";
import type { PrismaClient } from "@/generated/prisma/client";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { DEFAULT_FAILURE_REASONS } from "@/domain/tenants/default-lists";
import type { TenantContext } from "@/server/tenant-context";
import { createOrder } from "@/server/orders/create-order";
import { cancelOrder } from "@/server/orders/cancel-order";
import { createShipment } from "@/server/shipments/create-shipment";
import { registerPayment } from "@/server/payments/register-payment";
import { seedContextOf } from "./seed-context";

const PRODUCTS = [
  ["PAP-A4-500", "Бумага офисная А4, 500 л.", "пач", "420.00", "290.00"],
  ["PAP-A3-500", "Бумага офисная А3, 500 л.", "пач", "890.00", "610.00"],
  ["CRT-HP85A", "Картридж HP 85A", "шт", "3650.00", "2400.00"],
  ["CRT-CAN725", "Картридж Canon 725", "шт", "2990.00", "1900.00"],
  ["PEN-BL-50", "Ручка шариковая синяя, 50 шт.", "уп", "540.00", "310.00"],
  ["FLD-A4-10", "Папка-регистратор А4, 10 шт.", "уп", "1790.00", "1100.00"],
  ["CHR-OFF-01", "Кресло офисное «Бюрократ»", "шт", "12900.00", "8400.00"],
  ["TBL-120", "Стол письменный 120×60", "шт", "8900.00", "5600.00"],
] as const;

/** How often each demo client orders: Pareto-like, from a big regular buyer to one who never bought. */
const ORDER_EVERY_DAYS = [9, 16, 45, 40, 400, 0];

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedDemoOrders(db: PrismaClient, tenantId: string, counterpartyIds: string[]) {
  if ((await db.product.count({ where: { tenantId } })) === 0) {
    await db.product.createMany({
      data: PRODUCTS.map(([sku, name, unit, salePrice, costPrice]) => ({
        tenantId,
        sku,
        name,
        unit,
        salePrice,
        costPrice,
      })),
    });
  }
  if ((await db.failureReason.count({ where: { tenantId } })) === 0) {
    await db.failureReason.createMany({ data: DEFAULT_FAILURE_REASONS.ru.map((name) => ({ tenantId, name })) });
  }
  if ((await db.order.count({ where: { tenantId } })) > 0) return;

  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const products = await db.product.findMany({ where: { tenantId }, orderBy: { sku: "asc" } });
  const reasons = await db.failureReason.findMany({ where: { tenantId } });
  const contexts = new Map<string, TenantContext>();
  const contextOf = async (userId: string) => {
    if (!contexts.has(userId)) {
      contexts.set(userId, await seedContextOf(db, tenantId, userId));
    }
    return contexts.get(userId)!;
  };
  const rnd = random(20261123);
  const today = dateValue(todayIn(tenant.timeZone));
  const start = subMonths(today, 12);

  // Plan every client's orders first, then write them in date order, so that numbers grow with dates.
  const plans: { day: Date; counterpartyId: string }[] = [];
  for (const [index, counterpartyId] of counterpartyIds.entries()) {
    const every = ORDER_EVERY_DAYS[index % ORDER_EVERY_DAYS.length]!;
    if (!every) continue;
    for (
      let day = addDays(start, Math.floor(rnd() * every));
      day < today;
      day = addDays(day, Math.max(3, Math.round(every * (0.6 + rnd() * 0.8))))
    ) {
      plans.push({ day, counterpartyId });
    }
  }
  plans.sort((a, b) => a.day.getTime() - b.day.getTime());

  for (const { day, counterpartyId } of plans) {
    const counterparty = await db.counterparty.findUniqueOrThrow({
      where: { tenantId_id: { tenantId, id: counterpartyId } },
    });
    const ctx = await contextOf(counterparty.responsibleUserId!);
    const picked = [...products].sort(() => rnd() - 0.5).slice(0, 1 + Math.floor(rnd() * 3));
    const age = (today.getTime() - day.getTime()) / 86_400_000;
    const order = await createOrder(ctx, {
      date: day,
      counterpartyId,
      contactPersonId: null,
      managerUserId: null,
      expectedShipmentDate: addDays(day, 3 + Math.floor(rnd() * 5)),
      expectedPaymentDate: addDays(day, 10 + Math.floor(rnd() * 10)),
      sourceId: counterparty.sourceId,
      comment: null,
      lines: picked.map((p) => ({
        productId: p.id,
        quantity: String(1 + Math.floor(rnd() * (p.salePrice.toNumber() > 5000 ? 3 : 40))),
        price: p.salePrice.toFixed(2),
        discountPercent: rnd() < 0.3 ? "5.00" : "0.00",
      })),
      idempotencyKey: null,
      confirm: age > 2,
    });
    if (age <= 2) continue;
    if (rnd() < 0.06) {
      await cancelOrder(ctx, {
        id: order.id,
        version: 1,
        failureReasonId: reasons[Math.floor(rnd() * reasons.length)]!.id,
        comment: null,
      });
      continue;
    }
    await shipAndPay(db, ctx, tenantId, order.id, day, today, age, rnd);
  }
}

/** Old orders end shipped and paid (some late); recent ones stay partly shipped or unpaid, a few overdue. */
async function shipAndPay(
  db: PrismaClient,
  ctx: TenantContext,
  tenantId: string,
  orderId: string,
  day: Date,
  today: Date,
  age: number,
  rnd: () => number,
) {
  const order = await db.order.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: orderId } },
    include: { lines: true },
  });
  const shipOn = addDays(day, 2 + Math.floor(rnd() * 4));
  if (shipOn >= today) return;
  const partly = age < 30 && rnd() < 0.5;
  await createShipment(ctx, {
    orderId,
    date: shipOn,
    shipperUserId: null,
    comment: null,
    idempotencyKey: null,
    lines: order.lines.map((l) => ({
      orderLineId: l.id,
      quantity: partly ? l.quantity.div(2).toDecimalPlaces(0, 1).toFixed(3) : l.quantity.toFixed(3),
    })),
  });
  if (!partly && age > 40) {
    const rest = await db.orderLine.findMany({ where: { tenantId, orderId } });
    if (rest.some((l) => l.shippedQuantity.lt(l.quantity))) {
      await createShipment(ctx, {
        orderId,
        date: addDays(shipOn, 7),
        shipperUserId: null,
        comment: null,
        idempotencyKey: null,
        lines: rest.map((l) => ({ orderLineId: l.id, quantity: l.quantity.minus(l.shippedQuantity).toFixed(3) })),
      });
    }
  }
  const due = order.expectedPaymentDate!;
  const lateBy = rnd() < 0.25 ? 5 + Math.floor(rnd() * 25) : -Math.floor(rnd() * 5);
  const payOn = addDays(due, lateBy);
  if (payOn >= today || rnd() < 0.08) return; // not paid yet: overdue once its date has passed
  const total = order.totalAmount;
  const firstPart = rnd() < 0.3 ? total.div(2).toDecimalPlaces(2) : total;
  await registerPayment(ctx, {
    orderId,
    date: payOn < order.date ? order.date : payOn,
    amount: firstPart.toFixed(2),
    method: "BANK_TRANSFER",
    comment: null,
    idempotencyKey: null,
  });
  const second = addDays(payOn, 14);
  if (firstPart.lt(total) && second < today) {
    await registerPayment(ctx, {
      orderId,
      date: second,
      amount: total.minus(firstPart).toFixed(2),
      method: "BANK_TRANSFER",
      comment: null,
      idempotencyKey: null,
    });
  }
}
