import { describe, expect, it } from "vitest";
import { db, unsafeDb } from "@/server/db";
import { TenantScopeError } from "@/server/db/tenant-guard";
import { createCounterparty, createTenantWithUser } from "@tests/factories";

describe("tenant isolation in the database", () => {
  it("refuses a counterparty whose responsible manager belongs to another tenant (raw SQL)", async () => {
    const a = await createTenantWithUser(unsafeDb(), "MANAGER");
    const b = await createTenantWithUser(unsafeDb(), "MANAGER");
    await expect(
      unsafeDb().$executeRaw`
        INSERT INTO "Counterparty" ("tenantId", "id", "kind", "name", "responsibleUserId", "updatedAt")
        VALUES (${a.tenant.id}, gen_random_uuid()::text, 'LEGAL_ENTITY', 'Cross', ${b.user.id}, now())`,
    ).rejects.toThrow(/foreign key/i);
    expect(await unsafeDb().counterparty.count({ where: { tenantId: a.tenant.id } })).toBe(0);
  });

  it("refuses an audit event whose actor is not a member of its tenant", async () => {
    const a = await createTenantWithUser(unsafeDb());
    const b = await createTenantWithUser(unsafeDb());
    await expect(
      unsafeDb().$executeRaw`
        INSERT INTO "AuditEvent" ("tenantId", "id", "actorUserId", "action", "entity", "entityId")
        VALUES (${a.tenant.id}, gen_random_uuid()::text, ${b.user.id}, 'x', 'y', 'z')`,
    ).rejects.toThrow(/foreign key/i);
  });
});

describe("tenant guard on the Prisma client", () => {
  it("throws on a tenant query without tenantId, or with an undefined one", async () => {
    const { tenant } = await createTenantWithUser(unsafeDb());
    await createCounterparty(unsafeDb(), tenant.id);
    await expect(db().counterparty.findMany()).rejects.toThrow(TenantScopeError);
    await expect(db().counterparty.findMany({ where: { tenantId: undefined } })).rejects.toThrow(TenantScopeError);
    await expect(db().counterparty.count({ where: { name: "x" } })).rejects.toThrow(TenantScopeError);
    await expect(db().counterparty.updateMany({ where: {}, data: { name: "hijacked" } })).rejects.toThrow(
      TenantScopeError,
    );
    await expect(db().counterparty.deleteMany({})).rejects.toThrow(TenantScopeError);
    await expect(db().counterparty.create({ data: { kind: "INDIVIDUAL", name: "x" } as never })).rejects.toThrow(
      TenantScopeError,
    );
    expect(await unsafeDb().counterparty.count({ where: { name: "hijacked" } })).toBe(0);
  });

  it("lets scoped queries through and finds by (tenantId, id) only within the tenant", async () => {
    const a = await createTenantWithUser(unsafeDb());
    const b = await createTenantWithUser(unsafeDb());
    const bRow = await createCounterparty(unsafeDb(), b.tenant.id);
    expect(await db().counterparty.findMany({ where: { tenantId: a.tenant.id } })).toEqual([]);
    expect(
      await db().counterparty.findUnique({ where: { tenantId_id: { tenantId: a.tenant.id, id: bRow.id } } }),
    ).toBeNull();
    expect(
      await db().counterparty.findUnique({ where: { tenantId_id: { tenantId: b.tenant.id, id: bRow.id } } }),
    ).not.toBeNull();
  });
});

describe("audit trail", () => {
  it("is append-only: the database refuses UPDATE and DELETE", async () => {
    const { tenant, user } = await createTenantWithUser(unsafeDb());
    const event = await unsafeDb().auditEvent.create({
      data: { tenantId: tenant.id, actorUserId: user.id, action: "test.done", entity: "Test", entityId: "1" },
    });
    await expect(
      unsafeDb().$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${event.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(unsafeDb().$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}`).rejects.toThrow(
      /append-only/,
    );
    const stored = await unsafeDb().auditEvent.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: event.id } },
    });
    expect(stored.action).toBe("test.done");
  });
});
