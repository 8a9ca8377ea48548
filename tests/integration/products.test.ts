import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { createProduct, createProductInput } from "@/server/products/create-product";
import { updateProduct, updateProductInput } from "@/server/products/update-product";
import { lookupProducts } from "@/server/products/lookup-products";
import { searchProducts } from "@/server/products/search-products";
import { getProduct } from "@/server/products/get-product";
import { saveFailureReason, saveFailureReasonInput } from "@/server/failure-reasons/save-failure-reason";
import { createTenantWithUser, createProduct as makeProduct, createFailureReason } from "@tests/factories";

const createDef = { name: "createProduct", permission: "product.manage", input: createProductInput } as const;
const updateDef = { name: "updateProduct", permission: "product.manage", input: updateProductInput } as const;
const reasonDef = { name: "saveFailureReason", permission: "lists.manage", input: saveFailureReasonInput } as const;

describe("products", () => {
  it("creates a product with exact prices and refuses a second one with the same SKU", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const form = { sku: "A-1", name: "Бумага", salePrice: "1 234,5", costPrice: "1000", active: "on" };
    expect(await executeTenantAction(t.claims, t.tenant.slug, createDef, form, createProduct)).toMatchObject({
      ok: true,
    });
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, createDef, { ...form, name: "Другая" }, createProduct),
    ).toMatchObject({ ok: false, fieldErrors: { sku: "Такой артикул уже есть" } });
    const [product] = await unsafeDb().product.findMany({ where: { tenantId: t.tenant.id } });
    expect([product!.salePrice.toFixed(2), product!.unit, product!.active]).toEqual(["1234.50", "шт", true]);
  });

  it("refuses the second of two edits made from the same version, and a manager's edit", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const p = await makeProduct(unsafeDb(), t.tenant.id);
    const form = { id: p.id, version: "1", sku: p.sku, name: "Новое", salePrice: "10", costPrice: "5" };
    expect(await executeTenantAction(t.claims, t.tenant.slug, updateDef, form, updateProduct)).toMatchObject({
      ok: true,
    });
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, updateDef, { ...form, name: "Старое" }, updateProduct),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    const manager = await createTenantWithUser(unsafeDb(), "MANAGER");
    expect(
      await executeTenantAction(
        manager.claims,
        manager.tenant.slug,
        createDef,
        { sku: "M", name: "M", salePrice: "1", costPrice: "1" },
        createProduct,
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await getProduct(t.tenant.id, p.id)).name).toBe("Новое");
  });

  it("finds active products by SKU prefix or name fragment for the order picker", async () => {
    const t = await createTenantWithUser(unsafeDb(), "MANAGER");
    await makeProduct(unsafeDb(), t.tenant.id, { sku: "PAP-A4", name: "Бумага офисная А4" });
    await makeProduct(unsafeDb(), t.tenant.id, { sku: "OLD-1", name: "Бумага старая", active: false });
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
    expect((await lookupProducts(ctx, { q: "pap" })).map((p) => p.label)).toEqual(["Бумага офисная А4"]);
    expect((await lookupProducts(ctx, { q: "офисная" })).map((p) => p.hint)).toEqual(["PAP-A4"]);
    expect((await searchProducts(t.tenant.id, { q: "Бумага", includeInactive: true })).total).toBe(2);
  });
});

describe("products and lists across tenants", () => {
  it("does not find, edit or list another tenant's products and failure reasons", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const theirs = await makeProduct(unsafeDb(), b.tenant.id, { sku: "SECRET", name: "Секрет" });
    const reason = await createFailureReason(unsafeDb(), b.tenant.id, "Их причина");
    const aCtx = await resolveTenantContext(a.claims, a.tenant.slug);
    expect(
      await executeTenantAction(
        a.claims,
        a.tenant.slug,
        updateDef,
        { id: theirs.id, version: "1", sku: "X", name: "X", salePrice: "1", costPrice: "1" },
        updateProduct,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await executeTenantAction(
        a.claims,
        a.tenant.slug,
        reasonDef,
        { id: reason.id, name: "Взлом" },
        saveFailureReason,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(getProduct(a.tenant.id, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await lookupProducts(aCtx, { q: "Секрет" })).toEqual([]);
    expect(
      (await unsafeDb().product.findUniqueOrThrow({ where: { tenantId_id: { tenantId: b.tenant.id, id: theirs.id } } }))
        .name,
    ).toBe("Секрет");
    expect(
      (
        await unsafeDb().failureReason.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: b.tenant.id, id: reason.id } },
        })
      ).name,
    ).toBe("Их причина");
  });
});
