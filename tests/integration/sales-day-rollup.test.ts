import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { resolveTenantContext, type TenantContext } from "@/server/tenant-context";
import { createOrder } from "@/server/orders/create-order";
import { confirmOrder } from "@/server/orders/confirm-order";
import { cancelOrder } from "@/server/orders/cancel-order";
import { createShipment } from "@/server/shipments/create-shipment";
import { registerPayment } from "@/server/payments/register-payment";
import { mergeCounterparties } from "@/server/counterparties/merge-counterparties";
import { addMember, createCounterparty, createProduct, createTenantWithUser, createUser } from "@tests/factories";

/** What SalesDay must hold: the shipments, payments and deals themselves, summed per day and manager (ADR 0016). */
async function recount(tenantId: string) {
  return unsafeDb().$queryRaw<Record<string, string>[]>`
    WITH s AS (SELECT "date", "managerUserId", sum("amount") AS revenue, sum("cost") AS cost, count(*) AS shipments
               FROM "Shipment" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2),
         p AS (SELECT "date", "managerUserId", sum("amount") AS paid, count(*) AS payments
               FROM "Payment" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2),
         o AS (SELECT "date", "managerUserId", count(*) AS deals, count(*) FILTER (WHERE "status" = 'COMPLETED') AS completed,
                      count(*) FILTER (WHERE "paymentState" = 'PAID') AS "paidDeals",
                      count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID') AS "partlyPaid",
                      count(*) FILTER (WHERE "paymentState" = 'UNPAID') AS unpaid
               FROM "Order" WHERE "tenantId" = ${tenantId} AND "status" IN ('CONFIRMED', 'COMPLETED') GROUP BY 1, 2)
    SELECT to_char("date", 'YYYY-MM-DD') AS day, "managerUserId",
           coalesce(s.revenue, 0)::numeric(18, 2)::text AS revenue, coalesce(s.cost, 0)::numeric(18, 2)::text AS cost, coalesce(s.shipments, 0)::text AS shipments,
           coalesce(p.paid, 0)::numeric(18, 2)::text AS paid, coalesce(p.payments, 0)::text AS payments,
           coalesce(o.deals, 0)::text AS deals, coalesce(o.completed, 0)::text AS completed,
           coalesce(o."paidDeals", 0)::text AS "paidDeals", coalesce(o."partlyPaid", 0)::text AS "partlyPaid",
           coalesce(o.unpaid, 0)::text AS unpaid
    FROM s FULL JOIN p USING ("date", "managerUserId") FULL JOIN o USING ("date", "managerUserId")
    ORDER BY 1, 2`;
}

async function kept(tenantId: string) {
  return unsafeDb().$queryRaw<Record<string, string>[]>`
    SELECT to_char("date", 'YYYY-MM-DD') AS day, "managerUserId", revenue::text, cost::text, shipments::text,
           paid::text, payments::text, deals::text, completed::text, "paidDeals"::text, "partlyPaid"::text, unpaid::text
    FROM "SalesDay"
    WHERE "tenantId" = ${tenantId}
      AND (revenue <> 0 OR cost <> 0 OR shipments <> 0 OR paid <> 0 OR payments <> 0 OR deals <> 0 OR completed <> 0
           OR "paidDeals" <> 0 OR "partlyPaid" <> 0 OR unpaid <> 0)
    ORDER BY 1, 2`;
}

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n));
const pick = <T>(items: T[], i: number) => items[i % items.length];

// Weighted towards the writes that reach SalesDay: most orders are confirmed, shipped and paid.
const operation = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("order" as const),
      day: fc.nat(9),
      quantity: fc.integer({ min: 1, max: 4 }),
      confirm: fc.constantFrom(true, true, true, false),
      to: fc.nat(1),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant("confirm" as const), order: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("cancel" as const), order: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("ship" as const),
      order: fc.nat(),
      day: fc.nat(9),
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("pay" as const),
      order: fc.nat(),
      day: fc.nat(9),
      amount: fc.integer({ min: 1, max: 100 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("redateShipment" as const),
      shipment: fc.nat(),
      days: fc.integer({ min: -3, max: 3 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("deletePayment" as const), payment: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant("redatePayment" as const),
      payment: fc.nat(),
      days: fc.integer({ min: -3, max: 3 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("handOver" as const), order: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("merge" as const) }), weight: 1 },
);
type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

async function world() {
  const t = await createTenantWithUser(unsafeDb(), "ADMIN");
  const tenantId = t.tenant.id;
  const colleague = await createUser(unsafeDb());
  await addMember(unsafeDb(), tenantId, colleague.id, "MANAGER");
  const customers = [
    await createCounterparty(unsafeDb(), tenantId, { responsibleUserId: t.user.id }),
    await createCounterparty(unsafeDb(), tenantId, { responsibleUserId: colleague.id }),
  ];
  const product = await createProduct(unsafeDb(), tenantId, { salePrice: "100.00", costPrice: "60.00" });
  const reason = await unsafeDb().failureReason.create({ data: { tenantId, name: "Дорого" } });
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  return { tenantId, ctx, managers: [t.user.id, colleague.id], customers, product, reason };
}

/** One step; a step the business rules refuse (shipping a draft, paying too much) is skipped, as a user would see. */
async function apply(w: Awaited<ReturnType<typeof world>>, ctx: TenantContext, o: Operation) {
  const { tenantId } = w;
  const orders = await unsafeDb().order.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
  const order = orders.length ? pick(orders, "order" in o ? o.order : 0)! : null;
  try {
    switch (o.op) {
      case "order":
        await createOrder(ctx, {
          date: day(o.day),
          counterpartyId: w.customers[0]!.id,
          contactPersonId: null,
          managerUserId: w.managers[o.to]!,
          expectedShipmentDate: null,
          expectedPaymentDate: null,
          sourceId: null,
          comment: null,
          lines: [{ productId: w.product.id, quantity: String(o.quantity), price: "100.00", discountPercent: "0.00" }],
          idempotencyKey: null,
          confirm: o.confirm,
        });
        return;
      case "confirm":
        if (order) await confirmOrder(ctx, { id: order.id, version: order.version });
        return;
      case "cancel":
        if (order)
          await cancelOrder(ctx, { id: order.id, version: order.version, failureReasonId: w.reason.id, comment: null });
        return;
      case "ship": {
        if (!order) return;
        const line = await unsafeDb().orderLine.findFirstOrThrow({ where: { tenantId, orderId: order.id } });
        await createShipment(ctx, {
          orderId: order.id,
          date: day(o.day),
          shipperUserId: null,
          comment: null,
          idempotencyKey: null,
          lines: [{ orderLineId: line.id, quantity: String(o.quantity) }],
        });
        return;
      }
      case "pay":
        if (order)
          await registerPayment(ctx, {
            orderId: order.id,
            date: day(o.day),
            amount: `${o.amount}.00`,
            method: "CASH",
            comment: null,
            idempotencyKey: null,
          });
        return;
      case "redateShipment": {
        const shipments = await unsafeDb().shipment.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
        const shipment = pick(shipments, o.shipment);
        if (shipment)
          await unsafeDb().$executeRaw`UPDATE "Shipment" SET "date" = "date" + ${o.days}::int
                                       WHERE "tenantId" = ${tenantId} AND "id" = ${shipment.id}`;
        return;
      }
      case "redatePayment": {
        const payments = await unsafeDb().payment.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
        const payment = pick(payments, o.payment);
        if (payment)
          await unsafeDb().$executeRaw`UPDATE "Payment" SET "date" = "date" + ${o.days}::int
                                       WHERE "tenantId" = ${tenantId} AND "id" = ${payment.id}`;
        return;
      }
      case "deletePayment": {
        const payments = await unsafeDb().payment.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
        const payment = pick(payments, o.payment);
        if (payment) await unsafeDb().payment.delete({ where: { tenantId_id: { tenantId, id: payment.id } } });
        return;
      }
      case "handOver": {
        // The order, its shipments and its payments move to the other manager in one statement each.
        if (!order) return;
        const to = w.managers.find((m) => m !== order.managerUserId)!;
        await unsafeDb().order.updateMany({ where: { tenantId, id: order.id }, data: { managerUserId: to } });
        await unsafeDb().shipment.updateMany({ where: { tenantId, orderId: order.id }, data: { managerUserId: to } });
        await unsafeDb().payment.updateMany({ where: { tenantId, orderId: order.id }, data: { managerUserId: to } });
        return;
      }
      case "merge": {
        const [winner, loser] = w.customers;
        if (!loser) return;
        await mergeCounterparties(ctx, { winnerId: winner!.id, loserId: loser.id });
        w.customers.pop();
        return;
      }
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

describe("the SalesDay rollup (ADR 0016)", () => {
  it("equals a recount after any sequence of orders, shipments, payments, re-dating, deletes, hand-overs and merges of them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 20 }), async (operations) => {
        const w = await world();
        for (const o of operations) await apply(w, w.ctx, o);
        expect(await kept(w.tenantId)).toEqual(await recount(w.tenantId));
      }),
      { numRuns: 20 },
    );
  });
});
