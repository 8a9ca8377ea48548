import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { unsafeDb } from "@/server/db";
import type { Sale } from "@/domain/classification/classify";
import { createCounterparty, createTenantWithUser } from "@tests/factories";

/**
 * A tenant with `customers` counterparties and random shipments (bought straight into the tables: the agreement
 * test needs thousands of sales, not the order workflow). Edge cases are built in: equal measures and names, no
 * sales, sales only in the current period, zero-revenue shipments, sales long ago.
 */
export async function classificationFixture(customers: number, seed: number, analysisDate: string) {
  const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
  const tenantId = t.tenant.id;
  const names = fc.sample(fc.constantFrom("Альфа", "Бета", "Гамма", "alpha", "Beta", "Ёлка", "Яблоко", "Zeta"), {
    seed,
    numRuns: customers,
  });
  const ids: { id: string; name: string }[] = [];
  for (const [i, name] of names.entries())
    ids.push(
      await createCounterparty(unsafeDb(), tenantId, { name: `${name} ${i % 7}`, responsibleUserId: t.user.id }),
    );

  const start = Date.parse(`${analysisDate}T00:00:00Z`) - 800 * 86_400_000;
  const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
  const plan = fc.sample(
    fc.record({
      kind: fc.constantFrom(
        "none",
        "old",
        "current",
        "steady",
        "steady",
        "everyOther",
        "random",
        "random",
        "random",
        "equal",
      ),
      count: fc.integer({ min: 1, max: 30 }),
      days: fc.array(fc.integer({ min: 0, max: 805 }), { minLength: 30, maxLength: 30 }),
      amounts: fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 30, maxLength: 30 }),
    }),
    { seed: seed + 1, numRuns: customers },
  );
  const sales: Sale[] = [];
  for (const [i, c] of ids.entries()) {
    const p = plan[i]!;
    if (p.kind === "none") continue;
    for (let k = 0; k < p.count; k++) {
      // "steady": a sale every month (X when there are twelve); "everyOther": every second month (CV exactly 1, Y).
      const offset =
        p.kind === "old"
          ? p.days[k]! % 300
          : p.kind === "current"
            ? 800 - (p.days[k]! % 20)
            : p.kind === "steady"
              ? 800 - 30 * k
              : p.kind === "everyOther"
                ? 785 - 61 * k
                : p.days[k]!;
      const cents =
        p.kind === "equal" || p.kind === "everyOther"
          ? 100_000
          : p.kind === "steady"
            ? 100_000 + (k % 2) * 20_000
            : p.amounts[k]!;
      sales.push({
        counterpartyId: c.id,
        date: day(offset),
        revenue: (cents / 100).toFixed(2),
        grossProfit: ((cents * (k % 3)) / 400).toFixed(2),
      });
    }
  }
  if (sales.length === 0) return { ...t, customers: ids, sales };
  const orderId = randomUUID();
  await unsafeDb().order.create({
    data: {
      tenantId,
      id: orderId,
      number: 1,
      date: new Date(`${day(0)}T00:00:00Z`),
      counterpartyId: ids[0]!.id,
      managerUserId: t.user.id,
      status: "CONFIRMED",
    },
  });
  await unsafeDb().shipment.createMany({
    data: sales.map((s, n) => ({
      tenantId,
      number: n + 1,
      date: new Date(`${s.date}T00:00:00Z`),
      orderId,
      counterpartyId: s.counterpartyId,
      managerUserId: t.user.id,
      shipperUserId: t.user.id,
      amount: s.revenue,
      cost: (Number(s.revenue) - Number(s.grossProfit)).toFixed(2),
    })),
  });
  // The first-sale date the app keeps on each counterparty with every shipment it writes.
  await unsafeDb().$executeRaw`
    UPDATE "Counterparty" c SET "firstSaleOn" = f.first
    FROM (SELECT "counterpartyId", min("date") AS first FROM "Shipment" WHERE "tenantId" = ${tenantId} GROUP BY 1) f
    WHERE c."tenantId" = ${tenantId} AND c."id" = f."counterpartyId"`;
  return { ...t, customers: ids, sales };
}
