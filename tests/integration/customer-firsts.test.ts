import { describe, expect, it } from "vitest";
import { db, unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { mergeCounterparties, mergeCounterpartiesInput } from "@/server/counterparties/merge-counterparties";
import { loadManagerFigures } from "@/server/kpi/manager-figures";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { createCounterparty, createFailureReason } from "@tests/factories";
import { ok, setup } from "./order-fixture";

const mergeDef = { name: "merge", permission: "counterparty.merge", input: mergeCounterpartiesInput } as const;

async function firstsOf(tenantId: string, id: string) {
  const c = await unsafeDb().counterparty.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id } },
    select: { firstSaleOn: true, firstDealOn: true },
  });
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  return { sale: day(c.firstSaleOn), deal: day(c.firstDealOn) };
}

describe("a customer's first sale and first deal, kept by the writes", () => {
  it("follow his orders as they are confirmed, cancelled, re-dated, moved to another customer and shipped", async () => {
    const t = await setup();
    const other = await createCounterparty(unsafeDb(), t.tenant.id, {
      name: "ООО Другой",
      responsibleUserId: t.user.id,
    });
    const firsts = () => firstsOf(t.tenant.id, t.customer.id);
    const reason = await createFailureReason(unsafeDb(), t.tenant.id);

    const a = await ok(t.run("create", t.orderForm({ date: "2026-11-10" })));
    expect(await firsts()).toEqual({ sale: null, deal: null });
    const b = await ok(t.run("create", t.orderForm({ date: "2026-11-12", confirm: "true" })));
    expect(await firsts()).toEqual({ sale: null, deal: "2026-11-12" });
    await ok(t.run("confirm", { id: a.id, version: "1" }));
    expect(await firsts()).toEqual({ sale: null, deal: "2026-11-10" });
    await ok(t.run("cancel", { id: a.id, version: "2", failureReasonId: reason.id }));
    expect(await firsts()).toEqual({ sale: null, deal: "2026-11-12" });

    const c = await ok(t.run("create", t.orderForm({ date: "2026-11-14", confirm: "true" })));
    await ok(t.run("update", { ...t.orderForm({ date: "2026-11-11" }), id: c.id, version: "1" }));
    expect(await firsts()).toEqual({ sale: null, deal: "2026-11-11" });
    await ok(
      t.run("update", { ...t.orderForm({ date: "2026-11-11", counterpartyId: other.id }), id: c.id, version: "2" }),
    );
    expect(await firsts()).toEqual({ sale: null, deal: "2026-11-12" });
    expect(await firstsOf(t.tenant.id, other.id)).toEqual({ sale: null, deal: "2026-11-11" });

    const line = (await t.load(b.id)).lines[0]!;
    await ok(t.run("ship", { orderId: b.id, date: "2026-11-16", lines: [{ orderLineId: line.id, quantity: "1" }] }));
    await ok(t.run("ship", { orderId: b.id, date: "2026-11-15", lines: [{ orderLineId: line.id, quantity: "1" }] }));
    expect(await firsts()).toEqual({ sale: "2026-11-15", deal: "2026-11-12" });

    // The KPIs count them in the period they fall in, for the first deal's manager and the customer's responsible.
    const { periods } = await loadManagerFigures(
      t.tenant.id,
      "Europe/Moscow",
      [
        { from: "2026-11-01", to: "2026-11-30" },
        { from: "2026-11-13", to: "2026-11-30" },
      ],
      "2026-11-23",
    );
    expect(periods.map((p) => [p.total.firstDeals, p.total.repeatDeals, p.total.newCustomers])).toEqual([
      [2, 0, 1],
      [0, 0, 1],
    ]);
  });

  it("give a merged customer the earlier of the two", async () => {
    const t = await setup("ADMIN");
    const duplicate = await createCounterparty(unsafeDb(), t.tenant.id, { name: "Заказчик (дубль)" });
    const shipAll = async (orderId: string, date: string) => {
      const lines = (await t.load(orderId)).lines;
      await ok(
        t.run("ship", {
          orderId,
          date,
          lines: lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity.toFixed(3) })),
        }),
      );
    };
    const mine = await ok(t.run("create", t.orderForm({ date: "2026-10-05", confirm: "true" })));
    await shipAll(mine.id, "2026-10-20");
    const theirs = await ok(
      t.run("create", t.orderForm({ date: "2026-10-08", counterpartyId: duplicate.id, confirm: "true" })),
    );
    await shipAll(theirs.id, "2026-10-09");
    expect(await firstsOf(t.tenant.id, duplicate.id)).toEqual({ sale: "2026-10-09", deal: "2026-10-08" });

    await ok(
      executeTenantAction(
        t.claims,
        t.tenant.slug,
        mergeDef,
        { winnerId: t.customer.id, loserId: duplicate.id },
        mergeCounterparties,
      ),
    );
    expect(await firstsOf(t.tenant.id, t.customer.id)).toEqual({ sale: "2026-10-09", deal: "2026-10-05" });
  });

  it("are recomputed within the tenant only: another tenant's counterparty id changes nothing", async () => {
    const a = await setup();
    const b = await setup();
    const order = await ok(b.run("create", b.orderForm({ date: "2026-11-03", confirm: "true" })));
    await unsafeDb().order.update({
      where: { tenantId_id: { tenantId: b.tenant.id, id: order.id } },
      data: { date: new Date("2026-11-02T00:00:00Z") },
    });
    await db().$transaction((tx) => refreshCustomerFirsts(tx, a.tenant.id, b.customer.id));
    expect(await firstsOf(b.tenant.id, b.customer.id)).toEqual({ sale: null, deal: "2026-11-03" });
    await db().$transaction((tx) => refreshCustomerFirsts(tx, b.tenant.id, b.customer.id));
    expect(await firstsOf(b.tenant.id, b.customer.id)).toEqual({ sale: null, deal: "2026-11-02" });
  });
});
