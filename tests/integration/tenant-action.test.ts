import { describe, expect, it } from "vitest";
import { z } from "zod";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { changeMemberRole, changeMemberRoleInput } from "@/server/members/change-member-role";
import {
  createCounterparty as createCounterpartyUseCase,
  createCounterpartyInput,
} from "@/server/counterparties/create-counterparty";
import { addMember, createTenantWithUser, createUser } from "@tests/factories";
import { expectConsoleError } from "@tests/setup/fail-on-console-error";

const createDef = {
  name: "createCounterparty",
  permission: "counterparty.create",
  input: createCounterpartyInput,
} as const;
const roleDef = { name: "changeMemberRole", permission: "member.changeRole", input: changeMemberRoleInput } as const;

describe("the tenant action wrapper", () => {
  it("runs the use case for a member with the permission, with tenant and owner from the server", async () => {
    const { tenant, user, claims } = await createTenantWithUser(unsafeDb(), "MANAGER");
    const other = await createTenantWithUser(unsafeDb());
    const result = await executeTenantAction(
      claims,
      tenant.slug,
      createDef,
      { kind: "LEGAL_ENTITY", name: "ООО Тест", tenantId: other.tenant.id, responsibleUserId: other.user.id },
      createCounterpartyUseCase,
    );
    expect(result.ok).toBe(true);
    const rows = await unsafeDb().counterparty.findMany({ where: { name: "ООО Тест" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: tenant.id, responsibleUserId: user.id });
  });

  it("answers not-found to a user who is not a member of the tenant in the URL", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const result = await executeTenantAction(
      a.claims,
      b.tenant.slug,
      createDef,
      { kind: "INDIVIDUAL", name: "X" },
      createCounterpartyUseCase,
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });

  it("refuses a role without the permission, in the user's language", async () => {
    const { tenant, claims, membership } = await createTenantWithUser(unsafeDb(), "MANAGER");
    const result = await executeTenantAction(
      claims,
      tenant.slug,
      roleDef,
      { membershipId: membership.id, role: "ADMIN" },
      changeMemberRole,
    );
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: "У вас нет прав на это действие." });
    expect(
      (
        await unsafeDb().membership.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: tenant.id, id: membership.id } },
        })
      ).role,
    ).toBe("MANAGER");
  });

  it("refuses a deactivated user, a deactivated membership and revoked sessions", async () => {
    const a = await createTenantWithUser(unsafeDb(), "MANAGER");
    const input = { kind: "INDIVIDUAL", name: "X" };
    await unsafeDb().membership.update({
      where: { tenantId_id: { tenantId: a.tenant.id, id: a.membership.id } },
      data: { active: false },
    });
    expect(
      await executeTenantAction(a.claims, a.tenant.slug, createDef, input, createCounterpartyUseCase),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const b = await createTenantWithUser(unsafeDb(), "MANAGER");
    await unsafeDb().user.update({ where: { id: b.user.id }, data: { active: false } });
    expect(
      await executeTenantAction(b.claims, b.tenant.slug, createDef, input, createCounterpartyUseCase),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    const c = await createTenantWithUser(unsafeDb(), "MANAGER");
    await unsafeDb().user.update({ where: { id: c.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(
      await executeTenantAction(c.claims, c.tenant.slug, createDef, input, createCounterpartyUseCase),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await executeTenantAction(null, c.tenant.slug, createDef, input, createCounterpartyUseCase)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("applies a lowered role on the very next request of the other session", async () => {
    const { tenant, claims: adminSession } = await createTenantWithUser(unsafeDb(), "ADMIN");
    const second = await createUser(unsafeDb());
    const secondMembership = await addMember(unsafeDb(), tenant.id, second.id, "ADMIN");
    const secondSession = { userId: second.id, sessionVersion: second.sessionVersion };

    const lower = await executeTenantAction(
      adminSession,
      tenant.slug,
      roleDef,
      { membershipId: secondMembership.id, role: "MANAGER" },
      changeMemberRole,
    );
    expect(lower.ok).toBe(true);
    const afterwards = await executeTenantAction(
      secondSession,
      tenant.slug,
      roleDef,
      { membershipId: secondMembership.id, role: "ADMIN" },
      changeMemberRole,
    );
    expect(afterwards).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await unsafeDb().membership.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: secondMembership.id } },
    });
    expect(row.role).toBe("MANAGER");
  });

  it("returns translated field errors for bad input and writes nothing", async () => {
    const { tenant, claims } = await createTenantWithUser(unsafeDb(), "MANAGER");
    await unsafeDb().user.update({ where: { id: claims.userId }, data: { locale: "EN" } });
    const result = await executeTenantAction(
      claims,
      tenant.slug,
      createDef,
      { kind: "ROBOT", name: "   " },
      createCounterpartyUseCase,
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { kind: "Choose a value from the list", name: "Required" },
    });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("logs an unexpected error with its context and shows only a generic message", async () => {
    const { tenant, claims } = await createTenantWithUser(unsafeDb(), "MANAGER");
    const logged = expectConsoleError();
    const result = await executeTenantAction(
      claims,
      tenant.slug,
      { ...createDef, input: z.object({}) },
      {},
      async () => {
        throw new Error("disk on fire");
      },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "UNEXPECTED",
      message: expect.stringContaining("Что-то пошло не так"),
    });
    expect(JSON.stringify(result)).not.toContain("disk on fire");
    const line = String(logged.calls()[0]?.[0]);
    expect(JSON.parse(line)).toMatchObject({
      action: "createCounterparty",
      tenant: tenant.slug,
      user: claims.userId,
      message: "disk on fire",
    });
  });
});
