import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext, type TenantContext } from "@/server/tenant-context";
import { createOrder } from "@/server/orders/create-order";
import { createShipment } from "@/server/shipments/create-shipment";
import { registerPayment } from "@/server/payments/register-payment";
import { getSettlements } from "@/server/settlements/get-settlements";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { salesFacts } from "@/server/sales/sales-facts";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { addDays } from "date-fns";
import { createCounterparty, createProduct, createTenantWithUser } from "@tests/factories";

const day = (d: Date) => d.toISOString().slice(0, 10);

async function setup() {
  const t = await createTenantWithUser(unsafeDb(), "MANAGER");
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  const customer = await createCounterparty(unsafeDb(), t.tenant.id, { responsibleUserId: t.user.id });
  const product = await createProduct(unsafeDb(), t.tenant.id, { salePrice: "100.00", costPrice: "70.00" });
  const today = dateValue(todayIn(ctx.tenant.timeZone));
  return { ...t, ctx, customer, product, today };
}

/** A confirmed order of `quantity` × 100.00, shipped and paid as asked. */
async function order(
  t: Awaited<ReturnType<typeof setup>>,
  ctx: TenantContext,
  o: { date: Date; due: Date; quantity: number; ship?: [Date, number]; pay?: [Date, string][] },
) {
  const { id } = await createOrder(ctx, {
    date: o.date,
    counterpartyId: t.customer.id,
    contactPersonId: null,
    managerUserId: null,
    expectedShipmentDate: null,
    expectedPaymentDate: o.due,
    sourceId: null,
    comment: null,
    lines: [{ productId: t.product.id, quantity: String(o.quantity), price: "100.00", discountPercent: "0.00" }],
    idempotencyKey: null,
    confirm: true,
  });
  const line = await unsafeDb().orderLine.findFirstOrThrow({ where: { tenantId: t.tenant.id, orderId: id } });
  if (o.ship)
    await createShipment(ctx, {
      orderId: id,
      date: o.ship[0],
      shipperUserId: null,
      comment: null,
      idempotencyKey: null,
      lines: [{ orderLineId: line.id, quantity: String(o.ship[1]) }],
    });
  for (const [date, amount] of o.pay ?? [])
    await registerPayment(ctx, { orderId: id, date, amount, method: "CASH", comment: null, idempotencyKey: null });
  return id;
}

describe("settlements", () => {
  it("computes debt, overdue amount and days, average debt and lateness against expected payment dates", async () => {
    const t = await setup();
    const d = (n: number) => addDays(t.today, n);
    // Shipped 10 × 100 thirty days ago, due twenty days ago, half paid ten days ago: 500 owed and overdue 20 days.
    await order(t, t.ctx, { date: d(-30), due: d(-20), quantity: 10, ship: [d(-30), 10], pay: [[d(-10), "500.00"]] });
    // Shipped and paid on time: nothing owed.
    await order(t, t.ctx, { date: d(-5), due: d(-1), quantity: 2, ship: [d(-5), 2], pay: [[d(-2), "200.00"]] });
    // Not shipped, due in the future, prepaid 100: an advance of 100.
    await order(t, t.ctx, { date: d(-1), due: d(10), quantity: 3, pay: [[d(-1), "100.00"]] });

    const s = await getSettlements(t.ctx, t.customer.id, { from: day(d(-29)), to: day(t.today) });
    expect(s.balance).toEqual({ debt: "400.00", overdue: "500.00", daysOverdue: 20, openOrders: 2 });
    // Daily debt over the 30 days: 1000 for days -29..-11 (19 days), 500 for -10..-6 (5 days), 700 on -5..-3 (3),
    // 500 on -2 (1), 400 on -1 and today (2).
    const expected = (1000 * 19 + 500 * 5 + 700 * 3 + 500 + 400 * 2) / 30;
    expect(Number(s.figures.averageDebt)).toBeCloseTo(expected, 2);
    // Due in the period: the first order (still unpaid: 20 days late so far) and the second (on time).
    expect(s.figures.averageDaysLate).toBe(10);
    expect(s.trend.reduce((n, m) => n + m.due, 0)).toBe(2);
    expect(s.trend.reduce((n, m) => n + m.late, 0)).toBe(1);
  });

  it("defines revenue and gross profit once, by shipments", async () => {
    const t = await setup();
    await order(t, t.ctx, { date: addDays(t.today, -3), due: t.today, quantity: 4, ship: [addDays(t.today, -2), 3] });
    const [row] = await unsafeDb().$queryRaw<{ revenue: string; profit: string }[]>`
      SELECT SUM("revenue")::text AS revenue, SUM("grossProfit")::text AS profit FROM ${salesFacts(t.tenant.id, addDays(t.today, -7), t.today)} f`;
    expect(row).toEqual({ revenue: "300.00", profit: "90.00" });
  });

  it("shows the documents in the card's timeline and the debt on the card", async () => {
    const t = await setup();
    await order(t, t.ctx, { date: addDays(t.today, -3), due: t.today, quantity: 1, ship: [addDays(t.today, -2), 1] });
    const card = await getCounterpartyCard(t.ctx, t.customer.id);
    expect(card.timeline.map((e) => e.kind)).toEqual(["shipment", "order"]);
    expect(card.balance.debt).toBe("100.00");
    expect(card.openOrders).toHaveLength(1);
  });

  it("treats another tenant's counterparty as not found", async () => {
    const a = await setup();
    const b = await setup();
    await expect(getSettlements(a.ctx, b.customer.id, { from: day(a.today), to: day(a.today) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
