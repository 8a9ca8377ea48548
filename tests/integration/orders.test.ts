import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { getOrder } from "@/server/orders/get-order";
import { listOrders } from "@/server/orders/list-orders";
import { parseOrderListQuery } from "@/domain/orders/order-list-query";
import { addMember, createCounterparty, createFailureReason, createUser } from "@tests/factories";
import { ok, setup } from "./order-fixture";

describe("orders", () => {
  it("writes the order and its lines with exact decimal amounts and the product cost of the day", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const order = await t.load(id);
    expect(order.status).toBe("CONFIRMED");
    expect(order.lines.map((l) => [l.amount.toFixed(2), l.unitCost.toFixed(2)])).toEqual([
      ["900.00", "60.00"],
      ["99.99", "20.00"],
      ["1500.00", "700.00"],
    ]);
    expect(order.totalAmount.toFixed(2)).toBe("2499.99");
    expect(order.totalCost.toFixed(2)).toBe(String(600 + 60 + 1050) + ".00");
    expect(order.managerUserId).toBe(t.user.id);
  });

  it("numbers 20 concurrent orders 1..20 with no gap and no duplicate", async () => {
    const t = await setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => ok(t.run("create", t.orderForm()))));
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // A refused order gives its number back.
    const bad = await t.run("create", t.orderForm({ lines: [{ productId: "nope", quantity: "1", price: "1" }] }));
    expect(bad.ok).toBe(false);
    expect((await ok(t.run("create", t.orderForm()))).number).toBe(21);
  });

  it("creates one order for a double-submitted form, also when both submits race", async () => {
    const t = await setup();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      ok(t.run("create", t.orderForm({ idempotencyKey: key }))),
      ok(t.run("create", t.orderForm({ idempotencyKey: key }))),
    ]);
    expect(a.id).toBe(b.id);
    expect(await unsafeDb().order.count({ where: { tenantId: t.tenant.id } })).toBe(1);
  });

  it("refuses bad quantities, prices and discounts next to the line, and saves nothing", async () => {
    const t = await setup();
    const result = await t.run(
      "create",
      t.orderForm({
        lines: [
          { productId: t.products[0].id, quantity: "-1", price: "100" },
          { productId: t.products[0].id, quantity: "NaN", price: "1.234" },
          { productId: t.products[0].id, quantity: "1", price: "1", discountPercent: "101" },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      "lines.0.quantity",
      "lines.1.price",
      "lines.1.quantity",
      "lines.2.discountPercent",
    ]);
    expect(await unsafeDb().order.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("refuses the second of two saves made from the same version", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm()));
    const form = { ...t.orderForm(), id, version: "1" };
    await ok(t.run("update", { ...form, comment: "first" }));
    const second = await t.run("update", { ...form, comment: "second" });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await t.load(id)).comment).toBe("first");
  });

  it("lists orders by state and counterparty, and only his clients' orders to a manager restricted to his own", async () => {
    const t = await setup();
    await ok(t.run("create", t.orderForm({ confirm: "true" })));
    await ok(t.run("create", t.orderForm()));
    const list = async (params: Record<string, string>) =>
      (await listOrders(await t.ctx(), parseOrderListQuery(params))).total;
    expect([
      await list({}),
      await list({ status: "DRAFT" }),
      await list({ status: "OPEN" }),
      await list({ payment: "PAID" }),
    ]).toEqual([2, 1, 2, 0]);
    const colleague = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
    const colleagueClaims = { userId: colleague.id, sessionVersion: colleague.sessionVersion };
    const colleagueCtx = () => resolveTenantContext(colleagueClaims, t.tenant.slug);
    expect((await listOrders(await colleagueCtx(), parseOrderListQuery({}))).total).toBe(2);
    await unsafeDb().tenant.update({ where: { id: t.tenant.id }, data: { settings: { managerVisibility: "OWN" } } });
    expect((await listOrders(await colleagueCtx(), parseOrderListQuery({}))).total).toBe(0);
  });

  it("keeps a manager to the orders of his own counterparties", async () => {
    const t = await setup();
    const colleague = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
    const theirs = await createCounterparty(unsafeDb(), t.tenant.id, { responsibleUserId: colleague.id });
    const result = await t.run("create", t.orderForm({ counterpartyId: theirs.id }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { counterpartyId: expect.any(String) } });
  });
});

describe("orders across tenants", () => {
  it("treats another tenant's order, counterparty and products as not found, and leaves them unchanged", async () => {
    const a = await setup();
    const b = await setup();
    const { id } = await ok(b.run("create", b.orderForm({ confirm: "true" })));
    const bLine = (await b.load(id)).lines[0]!;

    expect(await a.run("create", a.orderForm({ counterpartyId: b.customer.id }))).toMatchObject({
      ok: false,
      fieldErrors: { counterpartyId: expect.any(String) },
    });
    expect(
      await a.run("create", a.orderForm({ lines: [{ productId: b.products[0].id, quantity: "1", price: "1" }] })),
    ).toMatchObject({ ok: false, fieldErrors: { "lines.0.productId": expect.any(String) } });
    expect(await a.run("update", { ...a.orderForm(), id, version: "1" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await a.run("confirm", { id, version: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await a.run("ship", { orderId: id, date: "2026-11-05", lines: [{ orderLineId: bLine.id, quantity: "1" }] }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.run("pay", { orderId: id, date: "2026-11-05", amount: "1" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const reason = await createFailureReason(unsafeDb(), a.tenant.id);
    expect(await a.run("cancel", { id, version: "1", failureReasonId: reason.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const aAdmin = await createUser(unsafeDb());
    await addMember(unsafeDb(), a.tenant.id, aAdmin.id, "ADMIN");
    expect(
      await a.run("close", { id, version: "1" }, { userId: aAdmin.id, sessionVersion: aAdmin.sessionVersion }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getOrder(await a.ctx(), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOrders(await a.ctx(), parseOrderListQuery({ counterparty: b.customer.id }))).total).toBe(0);

    const order = await b.load(id);
    expect([order.version, order.status, order.shipments.length, order.payments.length, order.comment]).toEqual([
      1,
      "CONFIRMED",
      0,
      0,
      null,
    ]);
  });
});
