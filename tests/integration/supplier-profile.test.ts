import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { saveSupplierProfile, saveSupplierProfileInput } from "@/server/counterparties/save-supplier-profile";
import { createCounterparty, createTenantWithUser } from "@tests/factories";

const def = {
  name: "saveSupplierProfile",
  permission: "counterparty.update",
  input: saveSupplierProfileInput,
} as const;

describe("supplier profile", () => {
  it("keeps the terms of a supplier, validated, and refuses them for a non-supplier", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const supplier = await createCounterparty(unsafeDb(), t.tenant.id);
    await unsafeDb().counterparty.update({
      where: { tenantId_id: { tenantId: t.tenant.id, id: supplier.id } },
      data: { isSupplier: true },
    });
    const customer = await createCounterparty(unsafeDb(), t.tenant.id);
    const save = (input: Record<string, unknown>) =>
      executeTenantAction(t.claims, t.tenant.slug, def, input, saveSupplierProfile);
    expect(await save({ counterpartyId: supplier.id, reliabilityRating: "7", leadTimeDays: "1.5" })).toMatchObject({
      ok: false,
      fieldErrors: { reliabilityRating: "Значение вне допустимого диапазона", leadTimeDays: "Введите целое число" },
    });
    expect(
      await save({
        counterpartyId: supplier.id,
        deliveryTerms: "EXW Москва",
        leadTimeDays: "14",
        reliabilityRating: "4",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await unsafeDb().supplierProfile.findUniqueOrThrow({
        where: { tenantId_counterpartyId: { tenantId: t.tenant.id, counterpartyId: supplier.id } },
      }),
    ).toMatchObject({
      deliveryTerms: "EXW Москва",
      leadTimeDays: 14,
      reliabilityRating: 4,
    });
    expect(await save({ counterpartyId: customer.id, leadTimeDays: "3" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("gives another tenant not-found and leaves the supplier alone", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const bSupplier = await createCounterparty(unsafeDb(), b.tenant.id);
    await unsafeDb().counterparty.update({
      where: { tenantId_id: { tenantId: b.tenant.id, id: bSupplier.id } },
      data: { isSupplier: true },
    });
    expect(
      await executeTenantAction(
        a.claims,
        a.tenant.slug,
        def,
        { counterpartyId: bSupplier.id, leadTimeDays: "1" },
        saveSupplierProfile,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().supplierProfile.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });
});
