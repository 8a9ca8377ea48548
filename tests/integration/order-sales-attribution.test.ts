import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { addMember, createUser } from "@tests/factories";
import { ok, setup } from "./order-fixture";

describe("sales follow their order's manager and source", () => {
  it("moves the order's shipments and payments to the new manager and source when a director changes them", async () => {
    const t = await setup("DIRECTOR");
    const tenantId = t.tenant.id;
    const successor = await createUser(unsafeDb(), { name: "Преемник" });
    await addMember(unsafeDb(), tenantId, successor.id, "MANAGER");
    const fair = await unsafeDb().informationSource.create({ data: { tenantId, name: "Выставка" } });
    const site = await unsafeDb().informationSource.create({ data: { tenantId, name: "Сайт" } });

    const order = await ok(t.run("create", t.orderForm({ confirm: "true", sourceId: fair.id })));
    const line = (await t.load(order.id)).lines[0]!;
    await ok(
      t.run("ship", { orderId: order.id, date: "2026-11-05", lines: [{ orderLineId: line.id, quantity: "1" }] }),
    );
    await ok(t.run("pay", { orderId: order.id, date: "2026-11-06", amount: "10" }));
    const documents = async () => ({
      shipments: await unsafeDb().shipment.findMany({
        where: { tenantId, orderId: order.id },
        select: { managerUserId: true, sourceId: true },
      }),
      payments: await unsafeDb().payment.findMany({
        where: { tenantId, orderId: order.id },
        select: { managerUserId: true },
      }),
    });
    expect(await documents()).toEqual({
      shipments: [{ managerUserId: t.user.id, sourceId: fair.id }],
      payments: [{ managerUserId: t.user.id }],
    });
    // The day's sales the KPIs read are kept with the shipments, whoever's they become.
    const shipped = (
      await unsafeDb().shipment.findFirstOrThrow({ where: { tenantId, orderId: order.id } })
    ).amount.toFixed(2);
    const salesDays = async () =>
      (
        await unsafeDb().salesDay.findMany({
          where: { tenantId, OR: [{ shipments: { not: 0 } }, { payments: { not: 0 } }] },
          orderBy: { date: "asc" },
        })
      ).map((d) => ({
        day: d.date.toISOString().slice(0, 10),
        manager: d.managerUserId,
        revenue: d.revenue.toFixed(2),
        shipments: d.shipments,
        paid: d.paid.toFixed(2),
        payments: d.payments,
      }));
    expect(await salesDays()).toEqual([
      { day: "2026-11-05", manager: t.user.id, revenue: shipped, shipments: 1, paid: "0.00", payments: 0 },
      { day: "2026-11-06", manager: t.user.id, revenue: "0.00", shipments: 0, paid: "10.00", payments: 1 },
    ]);

    await ok(
      t.run("update", {
        ...t.orderForm({ managerUserId: successor.id, sourceId: site.id }),
        lines: undefined,
        id: order.id,
        version: String((await t.load(order.id)).version),
      }),
    );
    expect(await documents()).toEqual({
      shipments: [{ managerUserId: successor.id, sourceId: site.id }],
      payments: [{ managerUserId: successor.id }],
    });
    expect(await salesDays()).toEqual([
      { day: "2026-11-05", manager: successor.id, revenue: shipped, shipments: 1, paid: "0.00", payments: 0 },
      { day: "2026-11-06", manager: successor.id, revenue: "0.00", shipments: 0, paid: "10.00", payments: 1 },
    ]);
    const deals = await unsafeDb().salesDay.findMany({ where: { tenantId, deals: { not: 0 } } });
    expect(deals.map((d) => [d.managerUserId, d.deals, d.partlyPaid])).toEqual([[successor.id, 1, 1]]);

    await ok(
      t.run("update", {
        ...t.orderForm({ managerUserId: successor.id, sourceId: "" }),
        lines: undefined,
        id: order.id,
        version: String((await t.load(order.id)).version),
      }),
    );
    expect((await documents()).shipments).toEqual([{ managerUserId: successor.id, sourceId: null }]);
  });
});
