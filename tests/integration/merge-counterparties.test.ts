import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { mergeCounterparties, mergeCounterpartiesInput } from "@/server/counterparties/merge-counterparties";
import {
  setCounterpartyArchived,
  setCounterpartyArchivedInput,
} from "@/server/counterparties/set-counterparty-archived";
import { createContactPerson, createCounterparty, createTenantWithUser } from "@tests/factories";

const mergeDef = { name: "merge", permission: "counterparty.merge", input: mergeCounterpartiesInput } as const;
const archiveDef = {
  name: "archive",
  permission: "counterparty.archive",
  input: setCounterpartyArchivedInput,
} as const;

describe("merging duplicates", () => {
  it("moves every reference to the winner, fills its empty requisites and removes the duplicate in one go", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const winner = await createCounterparty(unsafeDb(), t.tenant.id, { name: "Ромашка", phone: "+7 495 000-00-01" });
    const loser = await createCounterparty(unsafeDb(), t.tenant.id, {
      name: "ООО Ромашка",
      taxId: "7707083893",
      email: "a@romashka.example",
    });
    await createContactPerson(unsafeDb(), t.tenant.id, loser.id, { lastName: "Смирнова" });
    await unsafeDb().counterparty.update({
      where: { tenantId_id: { tenantId: t.tenant.id, id: loser.id } },
      data: { isSupplier: true, customFields: { region: "Москва" } },
    });

    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      mergeDef,
      { winnerId: winner.id, loserId: loser.id },
      mergeCounterparties,
    );
    expect(result.ok).toBe(true);

    const merged = await unsafeDb().counterparty.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: t.tenant.id, id: winner.id } },
      include: { contactInfo: true, employments: { include: { contactPerson: true } } },
    });
    expect(merged).toMatchObject({
      name: "Ромашка",
      taxId: "7707083893",
      isSupplier: true,
      isCustomer: true,
      customFields: { region: "Москва" },
      version: 2,
    });
    expect(merged.contactInfo.map((c) => c.value).sort()).toEqual(["+7 495 000-00-01", "a@romashka.example"]);
    expect(merged.employments.map((e) => e.contactPerson.lastName)).toEqual(["Смирнова"]);
    expect(
      await unsafeDb().counterparty.findUnique({ where: { tenantId_id: { tenantId: t.tenant.id, id: loser.id } } }),
    ).toBeNull();
    const audit = await unsafeDb().auditEvent.findFirstOrThrow({
      where: { tenantId: t.tenant.id, action: "counterparty.merged" },
    });
    expect(audit).toMatchObject({
      entityId: winner.id,
      actorUserId: t.user.id,
      changes: { before: { mergedId: loser.id } },
    });
  });

  it("is for admins only, and another tenant's ids are not found", async () => {
    const director = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const a = await createCounterparty(unsafeDb(), director.tenant.id);
    const b = await createCounterparty(unsafeDb(), director.tenant.id);
    expect(
      await executeTenantAction(
        director.claims,
        director.tenant.slug,
        mergeDef,
        { winnerId: a.id, loserId: b.id },
        mergeCounterparties,
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const mine = await createCounterparty(unsafeDb(), admin.tenant.id);
    expect(
      await executeTenantAction(
        admin.claims,
        admin.tenant.slug,
        mergeDef,
        { winnerId: mine.id, loserId: a.id },
        mergeCounterparties,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: director.tenant.id } })).toBe(2);
  });
});

describe("archiving", () => {
  it("hides nothing it should keep: the row stays, flagged, with a version check", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const c = await createCounterparty(unsafeDb(), t.tenant.id);
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        archiveDef,
        { id: c.id, version: 1, archived: "true" },
        setCounterpartyArchived,
      ),
    ).toMatchObject({ ok: true });
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        archiveDef,
        { id: c.id, version: 1, archived: "false" },
        setCounterpartyArchived,
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await unsafeDb().counterparty.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenant.id, id: c.id } } }),
    ).toMatchObject({ archived: true, version: 2 });
  });
});
