import "server-only";
import { z } from "zod";
import { ROLES } from "@/domain/auth/permissions";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { countOtherActiveAdmins, findMember } from "./find-member";

export const changeMemberRoleInput = z.object({
  membershipId: z.string().min(1),
  role: z.enum(ROLES, "validation.choose"),
});

/** The new role applies from the member's next request: roles are read from the database on every request. */
export async function changeMemberRole(ctx: TenantContext, input: z.infer<typeof changeMemberRoleInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const member = await findMember(tx, tenantId, input.membershipId);
    if (member.role === input.role) return;
    if (member.role === "ADMIN" && (await countOtherActiveAdmins(tx, tenantId, member.id)) === 0) {
      throw new ValidationError({ role: "validation.lastAdmin" });
    }
    await tx.membership.update({ where: { tenantId_id: { tenantId, id: member.id } }, data: { role: input.role } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "membership.role_changed",
      entity: "Membership",
      entityId: member.id,
      before: { role: member.role },
      after: { role: input.role },
    });
  });
}
