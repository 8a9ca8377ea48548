import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { saveSuppliedProduct, saveSuppliedProductInput } from "@/server/counterparties/save-supplied-product";
import { removeSuppliedProduct, removeSuppliedProductInput } from "@/server/counterparties/remove-supplied-product";
import { deleteCounterparty, deleteCounterpartyInput } from "@/server/counterparties/delete-counterparty";
import { mergeCounterparties, mergeCounterpartiesInput } from "@/server/counterparties/merge-counterparties";
import { createOrder } from "@/server/orders/create-order";
import { createShipment } from "@/server/shipments/create-shipment";
import { registerPayment } from "@/server/payments/register-payment";
import { createContactPerson, createCounterparty, createProduct, createTenantWithUser } from "@tests/factories";

const saveDef = {
  name: "saveSuppliedProduct",
  permission: "counterparty.update",
  input: saveSuppliedProductInput,
} as const;
const removeDef = {
  name: "removeSuppliedProduct",
  permission: "counterparty.update",
  input: removeSuppliedProductInput,
} as const;
const deleteDef = {
  name: "deleteCounterparty",
  permission: "counterparty.archive",
  input: deleteCounterpartyInput,
} as const;
const mergeDef = { name: "merge", permission: "counterparty.merge", input: mergeCounterpartiesInput } as const;

async function supplierOf(tenantId: string) {
  const supplier = await createCounterparty(unsafeDb(), tenantId);
  await unsafeDb().counterparty.update({
    where: { tenantId_id: { tenantId, id: supplier.id } },
    data: { isSupplier: true },
  });
  return supplier;
}

async function confirmedOrder(t: Awaited<ReturnType<typeof createTenantWithUser>>, counterpartyId: string) {
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  const product = await createProduct(unsafeDb(), t.tenant.id);
  const date = new Date("2026-11-01T00:00:00Z");
  const { id } = await createOrder(ctx, {
    date,
    counterpartyId,
    contactPersonId: null,
    managerUserId: null,
    expectedShipmentDate: null,
    expectedPaymentDate: null,
    sourceId: null,
    comment: null,
    lines: [{ productId: product.id, quantity: "2.000", price: "100.00", discountPercent: "0.00" }],
    idempotencyKey: null,
    confirm: true,
  });
  const line = await unsafeDb().orderLine.findFirstOrThrow({ where: { tenantId: t.tenant.id, orderId: id } });
  await createShipment(ctx, {
    orderId: id,
    date,
    shipperUserId: null,
    comment: null,
    idempotencyKey: null,
    lines: [{ orderLineId: line.id, quantity: "1.000" }],
  });
  await registerPayment(ctx, {
    orderId: id,
    date,
    amount: "50.00",
    method: "CASH",
    comment: null,
    idempotencyKey: null,
  });
  return id;
}

describe("supplied products", () => {
  it("lists a supplier's products with purchase prices, re-prices and removes them", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const supplier = await supplierOf(t.tenant.id);
    const product = await createProduct(unsafeDb(), t.tenant.id);
    const save = (input: Record<string, unknown>) =>
      executeTenantAction(t.claims, t.tenant.slug, saveDef, input, saveSuppliedProduct);
    expect(await save({ counterpartyId: supplier.id, productId: product.id, purchasePrice: "-5" })).toMatchObject({
      ok: false,
      fieldErrors: { purchasePrice: expect.any(String) },
    });
    expect(await save({ counterpartyId: supplier.id, productId: product.id, purchasePrice: "55,5" })).toMatchObject({
      ok: true,
    });
    expect(await save({ counterpartyId: supplier.id, productId: product.id, purchasePrice: "56" })).toMatchObject({
      ok: true,
    });
    const [supplied] = await unsafeDb().suppliedProduct.findMany({ where: { tenantId: t.tenant.id } });
    expect(supplied!.purchasePrice.toFixed(2)).toBe("56.00");
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, removeDef, { id: supplied!.id }, removeSuppliedProduct),
    ).toMatchObject({ ok: true });
    expect(await unsafeDb().suppliedProduct.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("does not take another tenant's supplier or product, nor remove its rows", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const aSupplier = await supplierOf(a.tenant.id);
    const bSupplier = await supplierOf(b.tenant.id);
    const bProduct = await createProduct(unsafeDb(), b.tenant.id);
    const bSupplied = await unsafeDb().suppliedProduct.create({
      data: { tenantId: b.tenant.id, counterpartyId: bSupplier.id, productId: bProduct.id, purchasePrice: "1" },
    });
    expect(
      await executeTenantAction(
        a.claims,
        a.tenant.slug,
        saveDef,
        { counterpartyId: bSupplier.id, productId: bProduct.id, purchasePrice: "1" },
        saveSuppliedProduct,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await executeTenantAction(
        a.claims,
        a.tenant.slug,
        saveDef,
        { counterpartyId: aSupplier.id, productId: bProduct.id, purchasePrice: "1" },
        saveSuppliedProduct,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { productId: expect.any(String) } });
    expect(
      await executeTenantAction(a.claims, a.tenant.slug, removeDef, { id: bSupplied.id }, removeSuppliedProduct),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().suppliedProduct.count({ where: { tenantId: b.tenant.id } })).toBe(1);
  });
});

describe("deleting and merging with documents", () => {
  it("deletes a counterparty without documents with its own people, and refuses one with orders", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const mistaken = await createCounterparty(unsafeDb(), t.tenant.id, { phone: "+7 900 000-00-00" });
    const other = await createCounterparty(unsafeDb(), t.tenant.id);
    const onlyHere = await createContactPerson(unsafeDb(), t.tenant.id, mistaken.id);
    const alsoElsewhere = await createContactPerson(unsafeDb(), t.tenant.id, mistaken.id);
    await unsafeDb().employment.create({
      data: { tenantId: t.tenant.id, contactPersonId: alsoElsewhere.id, counterpartyId: other.id },
    });
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        deleteDef,
        { id: mistaken.id, version: "1" },
        deleteCounterparty,
      ),
    ).toMatchObject({ ok: true });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: t.tenant.id, id: mistaken.id } })).toBe(0);
    expect(
      await unsafeDb().contactPerson.findMany({
        where: { tenantId: t.tenant.id, id: { in: [onlyHere.id, alsoElsewhere.id] } },
        select: { id: true },
      }),
    ).toEqual([{ id: alsoElsewhere.id }]);
    expect(
      await unsafeDb().auditEvent.count({
        where: { tenantId: t.tenant.id, action: "counterparty.deleted", entityId: mistaken.id },
      }),
    ).toBe(1);

    const client = await createCounterparty(unsafeDb(), t.tenant.id, { responsibleUserId: t.user.id });
    await confirmedOrder(t, client.id);
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        deleteDef,
        { id: client.id, version: "1" },
        deleteCounterparty,
      ),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: t.tenant.id, id: client.id } })).toBe(1);
  });

  it("refuses a manager and another tenant's user", async () => {
    const manager = await createTenantWithUser(unsafeDb(), "MANAGER");
    const own = await createCounterparty(unsafeDb(), manager.tenant.id, { responsibleUserId: manager.user.id });
    expect(
      await executeTenantAction(
        manager.claims,
        manager.tenant.slug,
        deleteDef,
        { id: own.id, version: "1" },
        deleteCounterparty,
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const other = await createTenantWithUser(unsafeDb(), "ADMIN");
    expect(
      await executeTenantAction(
        other.claims,
        other.tenant.slug,
        deleteDef,
        { id: own.id, version: "1" },
        deleteCounterparty,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: manager.tenant.id, id: own.id } })).toBe(1);
  });

  it("moves the duplicate's orders, shipments, payments and supplied products to the winner", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const winner = await supplierOf(t.tenant.id);
    const loser = await supplierOf(t.tenant.id);
    await confirmedOrder(t, loser.id);
    const product = await createProduct(unsafeDb(), t.tenant.id);
    await unsafeDb().suppliedProduct.create({
      data: { tenantId: t.tenant.id, counterpartyId: loser.id, productId: product.id, purchasePrice: "10" },
    });
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        mergeDef,
        { winnerId: winner.id, loserId: loser.id },
        mergeCounterparties,
      ),
    ).toMatchObject({ ok: true });
    const where = { tenantId: t.tenant.id, counterpartyId: winner.id };
    expect([
      await unsafeDb().order.count({ where }),
      await unsafeDb().shipment.count({ where }),
      await unsafeDb().payment.count({ where }),
      await unsafeDb().suppliedProduct.count({ where }),
    ]).toEqual([1, 1, 1, 1]);
  });
});
