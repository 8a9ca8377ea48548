import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { inviteMember, inviteMemberInput } from "@/server/members/invite-member";
import { acceptInvitation } from "@/server/members/accept-invitation";
import { revokeInvitation, revokeInvitationInput } from "@/server/members/revoke-invitation";
import { changeMemberRole, changeMemberRoleInput } from "@/server/members/change-member-role";
import { setMemberActive, setMemberActiveInput } from "@/server/members/set-member-active";
import { addMember, createTenantWithUser, createUser, uniqueSuffix } from "@tests/factories";

const inviteDef = { name: "inviteMember", permission: "member.invite", input: inviteMemberInput } as const;

async function inviteAndReadLink(
  claims: { userId: string; sessionVersion: number },
  slug: string,
  tenantId: string,
  email: string,
  role = "MANAGER",
) {
  const result = await executeTenantAction(claims, slug, inviteDef, { email, role }, inviteMember);
  expect(result).toMatchObject({ ok: true, data: { delivery: "KEPT" } });
  const mail = await unsafeDb().outgoingEmail.findFirstOrThrow({
    where: { tenantId, to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.bodyText)?.[1];
  expect(token).toBeTruthy();
  return token!;
}

describe("invitations", () => {
  it("invites by e-mail (kept in the outbox without SMTP) and the link creates a member once", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const email = `new-${uniqueSuffix()}@example.test`;
    const token = await inviteAndReadLink(admin.claims, admin.tenant.slug, admin.tenant.id, email, "DIRECTOR");

    const joined = await acceptInvitation({ token, name: "Новый Сотрудник", password: "a-good-password" }, null);
    expect(joined).toEqual({ slug: admin.tenant.slug, email });
    const user = await unsafeDb().user.findUniqueOrThrow({ where: { email } });
    const membership = await unsafeDb().membership.findUniqueOrThrow({
      where: { tenantId_userId: { tenantId: admin.tenant.id, userId: user.id } },
    });
    expect(membership.role).toBe("DIRECTOR");

    await expect(acceptInvitation({ token, name: "Again", password: "a-good-password" }, null)).rejects.toMatchObject({
      messageKey: "errors.invitationInvalid",
    });
  });

  it("refuses an expired invitation and a tampered token", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const email = `late-${uniqueSuffix()}@example.test`;
    const token = await inviteAndReadLink(admin.claims, admin.tenant.slug, admin.tenant.id, email);
    await unsafeDb().invitation.updateMany({
      where: { tenantId: admin.tenant.id, email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation({ token, name: "Late", password: "a-good-password" }, null)).rejects.toMatchObject({
      messageKey: "errors.invitationInvalid",
    });
    await expect(
      acceptInvitation({ token: `${token}x`, name: "Forged", password: "a-good-password" }, null),
    ).rejects.toMatchObject({
      messageKey: "errors.invitationInvalid",
    });
    expect(await unsafeDb().user.count({ where: { email } })).toBe(0);
  });

  it("lets an existing account join only when it is the signed-in one", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const existing = await createUser(unsafeDb());
    const token = await inviteAndReadLink(admin.claims, admin.tenant.slug, admin.tenant.id, existing.email);
    await expect(acceptInvitation({ token }, admin.user.id)).rejects.toMatchObject({
      messageKey: "errors.invitationOtherAccount",
    });
    // The refused attempt rolled back: the link still works for the right account.
    expect(await acceptInvitation({ token }, existing.id)).toMatchObject({ slug: admin.tenant.slug });
  });

  it("refuses to invite an active member again", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const result = await executeTenantAction(
      admin.claims,
      admin.tenant.slug,
      inviteDef,
      { email: admin.user.email, role: "MANAGER" },
      inviteMember,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: "Этот человек уже состоит в компании" } });
  });

  it("keeps the last active admin", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const result = await executeTenantAction(
      admin.claims,
      admin.tenant.slug,
      { name: "changeMemberRole", permission: "member.changeRole", input: changeMemberRoleInput },
      { membershipId: admin.membership.id, role: "MANAGER" },
      changeMemberRole,
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("members and invitations across tenants", () => {
  it("gives tenant A's admin not-found for tenant B's invitation and membership ids, and B is unchanged", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const bManager = await createUser(unsafeDb());
    const bMembership = await addMember(unsafeDb(), b.tenant.id, bManager.id, "MANAGER");
    await inviteAndReadLink(b.claims, b.tenant.slug, b.tenant.id, `b-${uniqueSuffix()}@example.test`);
    const bInvitation = await unsafeDb().invitation.findFirstOrThrow({ where: { tenantId: b.tenant.id } });

    const attempts = [
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        { name: "revoke", permission: "member.invite", input: revokeInvitationInput },
        { invitationId: bInvitation.id },
        revokeInvitation,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        { name: "role", permission: "member.changeRole", input: changeMemberRoleInput },
        { membershipId: bMembership.id, role: "ADMIN" },
        changeMemberRole,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        { name: "active", permission: "member.deactivate", input: setMemberActiveInput },
        { membershipId: bMembership.id, active: "false" },
        setMemberActive,
      ),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(
      await unsafeDb().invitation.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: b.tenant.id, id: bInvitation.id } },
      }),
    ).toMatchObject({ revokedAt: null });
    expect(
      await unsafeDb().membership.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: b.tenant.id, id: bMembership.id } },
      }),
    ).toMatchObject({
      role: "MANAGER",
      active: true,
    });
  });
});
