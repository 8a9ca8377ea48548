import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { addMember, createFailureReason, createUser } from "@tests/factories";
import { ok, setup } from "./order-fixture";

describe("shipments, payments and the end of an order", () => {
  it("ships partially, refuses over-shipment, and completes by itself when fully shipped and paid", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const lines = (await t.load(id)).lines;
    const ship = (quantities: string[], key?: string) =>
      t.run("ship", {
        orderId: id,
        date: "2026-11-05",
        idempotencyKey: key,
        lines: lines.map((l, i) => ({ orderLineId: l.id, quantity: quantities[i] })),
      });

    await ok(ship(["4", "1", "0"]));
    let order = await t.load(id);
    expect(order.shipmentState).toBe("PARTLY_SHIPPED");
    expect(order.lines.map((l) => l.shippedAmount.toFixed(2))).toEqual(["360.00", "33.33", "0.00"]);

    const over = await ship(["7", "0", "0"]);
    expect(over).toMatchObject({ ok: false, fieldErrors: { "lines.0.quantity": expect.any(String) } });
    expect((await t.load(id)).shipments).toHaveLength(1);

    await ok(ship(["6", "2", "1.5"]));
    order = await t.load(id);
    expect(order.shipmentState).toBe("SHIPPED");
    // The shipments of a line add up to the line, to the kopeck.
    expect(order.lines.map((l) => l.shippedAmount.toFixed(2))).toEqual(["900.00", "99.99", "1500.00"]);
    expect(order.shippedAmount.toFixed(2)).toBe("2499.99");
    expect(order.status).toBe("CONFIRMED");

    const pay = (amount: string) => t.run("pay", { orderId: id, date: "2026-11-10", amount, method: "CASH" });
    await ok(pay("1000"));
    expect((await t.load(id)).paymentState).toBe("PARTLY_PAID");
    expect(await pay("1500")).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(String) } });
    await ok(pay("1499,99"));
    order = await t.load(id);
    expect([order.paymentState, order.status, order.closedByHand]).toEqual(["PAID", "COMPLETED", false]);
    expect(await pay("1")).toMatchObject({ ok: false });
  });

  it("ships one order from two concurrent shipments without exceeding what remains", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const lines = (await t.load(id)).lines;
    const all = lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity.toString() }));
    const results = await Promise.all([
      t.run("ship", { orderId: id, date: "2026-11-05", lines: all }),
      t.run("ship", { orderId: id, date: "2026-11-05", lines: all }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await t.load(id)).shipments).toHaveLength(1);
  });

  it("registers one payment for a double-submitted payment form", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const key = randomUUID();
    const form = { orderId: id, date: "2026-11-10", amount: "100", idempotencyKey: key };
    await Promise.all([ok(t.run("pay", form)), ok(t.run("pay", form))]);
    const order = await t.load(id);
    expect(order.payments).toHaveLength(1);
    expect(order.paidAmount.toFixed(2)).toBe("100.00");
  });

  it("allows overpayment only when the tenant says so", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    expect(await t.run("pay", { orderId: id, date: "2026-11-10", amount: "3000" })).toMatchObject({ ok: false });
    await unsafeDb().tenant.update({ where: { id: t.tenant.id }, data: { settings: { allowOverpayment: true } } });
    await ok(t.run("pay", { orderId: id, date: "2026-11-10", amount: "3000" }));
    expect((await t.load(id)).paymentState).toBe("PAID");
  });

  it("refuses to ship or pay a draft or a cancelled order, and to cancel one with documents", async () => {
    const t = await setup();
    const reason = await createFailureReason(unsafeDb(), t.tenant.id, "Цена");
    const { id } = await ok(t.run("create", t.orderForm()));
    const lineId = (await t.load(id)).lines[0]!.id;
    expect(
      await t.run("ship", { orderId: id, date: "2026-11-05", lines: [{ orderLineId: lineId, quantity: "1" }] }),
    ).toMatchObject({ ok: false });
    expect(await t.run("cancel", { id, version: "1", failureReasonId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { failureReasonId: expect.any(String) },
    });
    await ok(t.run("cancel", { id, version: "1", failureReasonId: reason.id, comment: "Дорого" }));
    const order = await t.load(id);
    expect([order.status, order.failureReason?.name]).toEqual(["CANCELLED", "Цена"]);
    expect(await t.run("pay", { orderId: id, date: "2026-11-10", amount: "1" })).toMatchObject({ ok: false });

    const shipped = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const line = (await t.load(shipped.id)).lines[0]!;
    await ok(
      t.run("ship", { orderId: shipped.id, date: "2026-11-05", lines: [{ orderLineId: line.id, quantity: "1" }] }),
    );
    expect(await t.run("cancel", { id: shipped.id, version: "2", failureReasonId: reason.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("lets a director close a confirmed order by hand, and not a manager", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    expect(await t.run("close", { id, version: "1" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const director = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, director.id, "DIRECTOR");
    await ok(t.run("close", { id, version: "1" }, { userId: director.id, sessionVersion: director.sessionVersion }));
    const order = await t.load(id);
    expect([order.status, order.closedByHand]).toEqual(["COMPLETED", true]);
  });
});
