import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction, type ActionResult } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { createOrder, createOrderInput } from "@/server/orders/create-order";
import { updateOrder, updateOrderInput } from "@/server/orders/update-order";
import { confirmOrder, confirmOrderInput } from "@/server/orders/confirm-order";
import { cancelOrder, cancelOrderInput } from "@/server/orders/cancel-order";
import { closeOrder, closeOrderInput } from "@/server/orders/close-order";
import { createShipment, createShipmentInput } from "@/server/shipments/create-shipment";
import { registerPayment, registerPaymentInput } from "@/server/payments/register-payment";
import { getOrder } from "@/server/orders/get-order";
import { listOrders } from "@/server/orders/list-orders";
import { parseOrderListQuery } from "@/domain/orders/order-list-query";
import { addMember, createCounterparty, createFailureReason, createProduct, createTenantWithUser, createUser } from "@tests/factories";

const defs = {
  create: { name: "createOrder", permission: "order.write", input: createOrderInput },
  update: { name: "updateOrder", permission: "order.write", input: updateOrderInput },
  confirm: { name: "confirmOrder", permission: "order.write", input: confirmOrderInput },
  cancel: { name: "cancelOrder", permission: "order.write", input: cancelOrderInput },
  close: { name: "closeOrder", permission: "order.close", input: closeOrderInput },
  ship: { name: "createShipment", permission: "order.write", input: createShipmentInput },
  pay: { name: "registerPayment", permission: "order.write", input: registerPaymentInput },
} as const;

async function setup(role: "ADMIN" | "DIRECTOR" | "MANAGER" = "MANAGER") {
  const t = await createTenantWithUser(unsafeDb(), role);
  const customer = await createCounterparty(unsafeDb(), t.tenant.id, { name: "ООО Заказчик", responsibleUserId: t.user.id });
  const products = await Promise.all([
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "100.00", costPrice: "60.00" }),
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "33.33", costPrice: "20.00" }),
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "1000.00", costPrice: "700.00" }),
  ]);
  const run = <K extends keyof typeof defs>(kind: K, input: Record<string, unknown>, claims = t.claims) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    executeTenantAction(claims, t.tenant.slug, defs[kind] as any, input, { create: createOrder, update: updateOrder, confirm: confirmOrder, cancel: cancelOrder, close: closeOrder, ship: createShipment, pay: registerPayment }[kind] as any) as Promise<
      ActionResult<{ id: string; number: number; version: number }>
    >;
  const orderForm = (extra: Record<string, unknown> = {}) => ({
    date: "2026-11-01",
    counterpartyId: customer.id,
    expectedPaymentDate: "2026-11-20",
    lines: [
      { productId: products[0].id, quantity: "10", price: "100", discountPercent: "10" },
      { productId: products[1].id, quantity: "3", price: "33,33", discountPercent: "" },
      { productId: products[2].id, quantity: "1,5", price: "1000.00" },
    ],
    ...extra,
  });
  const ctx = () => resolveTenantContext(t.claims, t.tenant.slug);
  const load = async (id: string) => (await getOrder(await ctx(), id)).order;
  return { ...t, customer, products, run, orderForm, ctx, load };
}

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe("orders", () => {
  it("writes the order and its lines with exact decimal amounts and the product cost of the day", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const order = await t.load(id);
    expect(order.status).toBe("CONFIRMED");
    expect(order.lines.map((l) => [l.amount.toFixed(2), l.unitCost.toFixed(2)])).toEqual([["900.00", "60.00"], ["99.99", "20.00"], ["1500.00", "700.00"]]);
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
    const [a, b] = await Promise.all([ok(t.run("create", t.orderForm({ idempotencyKey: key }))), ok(t.run("create", t.orderForm({ idempotencyKey: key })))]);
    expect(a.id).toBe(b.id);
    expect(await unsafeDb().order.count({ where: { tenantId: t.tenant.id } })).toBe(1);
  });

  it("refuses bad quantities, prices and discounts next to the line, and saves nothing", async () => {
    const t = await setup();
    const result = await t.run("create", t.orderForm({
      lines: [
        { productId: t.products[0].id, quantity: "-1", price: "100" },
        { productId: t.products[0].id, quantity: "NaN", price: "1.234" },
        { productId: t.products[0].id, quantity: "1", price: "1", discountPercent: "101" },
      ],
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["lines.0.quantity", "lines.1.price", "lines.1.quantity", "lines.2.discountPercent"]);
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

  it("ships partially, refuses over-shipment, and completes by itself when fully shipped and paid", async () => {
    const t = await setup();
    const { id } = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const lines = (await t.load(id)).lines;
    const ship = (quantities: string[], key?: string) =>
      t.run("ship", { orderId: id, date: "2026-11-05", idempotencyKey: key, lines: lines.map((l, i) => ({ orderLineId: l.id, quantity: quantities[i] })) });

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
    const results = await Promise.all([t.run("ship", { orderId: id, date: "2026-11-05", lines: all }), t.run("ship", { orderId: id, date: "2026-11-05", lines: all })]);
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
    expect(await t.run("ship", { orderId: id, date: "2026-11-05", lines: [{ orderLineId: lineId, quantity: "1" }] })).toMatchObject({ ok: false });
    expect(await t.run("cancel", { id, version: "1", failureReasonId: "" })).toMatchObject({ ok: false, fieldErrors: { failureReasonId: expect.any(String) } });
    await ok(t.run("cancel", { id, version: "1", failureReasonId: reason.id, comment: "Дорого" }));
    const order = await t.load(id);
    expect([order.status, order.failureReason?.name]).toEqual(["CANCELLED", "Цена"]);
    expect(await t.run("pay", { orderId: id, date: "2026-11-10", amount: "1" })).toMatchObject({ ok: false });

    const shipped = await ok(t.run("create", t.orderForm({ confirm: "true" })));
    const line = (await t.load(shipped.id)).lines[0]!;
    await ok(t.run("ship", { orderId: shipped.id, date: "2026-11-05", lines: [{ orderLineId: line.id, quantity: "1" }] }));
    expect(await t.run("cancel", { id: shipped.id, version: "2", failureReasonId: reason.id })).toMatchObject({ ok: false, code: "VALIDATION" });
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

  it("lists orders by state and counterparty, and only his clients' orders to a manager restricted to his own", async () => {
    const t = await setup();
    await ok(t.run("create", t.orderForm({ confirm: "true" })));
    await ok(t.run("create", t.orderForm()));
    const list = async (params: Record<string, string>) => (await listOrders(await t.ctx(), parseOrderListQuery(params))).total;
    expect([await list({}), await list({ status: "DRAFT" }), await list({ status: "OPEN" }), await list({ payment: "PAID" })]).toEqual([2, 1, 2, 0]);
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

    expect(await a.run("create", a.orderForm({ counterpartyId: b.customer.id }))).toMatchObject({ ok: false, fieldErrors: { counterpartyId: expect.any(String) } });
    expect(await a.run("create", a.orderForm({ lines: [{ productId: b.products[0].id, quantity: "1", price: "1" }] }))).toMatchObject({ ok: false, fieldErrors: { "lines.0.productId": expect.any(String) } });
    expect(await a.run("update", { ...a.orderForm(), id, version: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.run("confirm", { id, version: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.run("ship", { orderId: id, date: "2026-11-05", lines: [{ orderLineId: bLine.id, quantity: "1" }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await a.run("pay", { orderId: id, date: "2026-11-05", amount: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const reason = await createFailureReason(unsafeDb(), a.tenant.id);
    expect(await a.run("cancel", { id, version: "1", failureReasonId: reason.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const aAdmin = await createUser(unsafeDb());
    await addMember(unsafeDb(), a.tenant.id, aAdmin.id, "ADMIN");
    expect(await a.run("close", { id, version: "1" }, { userId: aAdmin.id, sessionVersion: aAdmin.sessionVersion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getOrder(await a.ctx(), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOrders(await a.ctx(), parseOrderListQuery({ counterparty: b.customer.id }))).total).toBe(0);

    const order = await b.load(id);
    expect([order.version, order.status, order.shipments.length, order.payments.length, order.comment]).toEqual([1, "CONFIRMED", 0, 0, null]);
  });
});
