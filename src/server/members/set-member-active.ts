import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { countOtherActiveAdmins, findMember } from "./find-member";

export const setMemberActiveInput = z.object({
  membershipId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Deactivation shuts the member out of this tenant from his next request; his records stay. */
export async function setMemberActive(ctx: TenantContext, input: z.infer<typeof setMemberActiveInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const member = await findMember(tx, tenantId, input.membershipId);
    if (member.active === input.active) return;
    if (!input.active && member.role === "ADMIN" && (await countOtherActiveAdmins(tx, tenantId, member.id)) === 0) {
      throw new ValidationError({ _form: "validation.lastAdmin" });
    }
    await tx.membership.update({ where: { tenantId_id: { tenantId, id: member.id } }, data: { active: input.active } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: input.active ? "membership.reactivated" : "membership.deactivated",
      entity: "Membership",
      entityId: member.id,
      before: { active: member.active },
      after: { active: input.active },
    });
  });
}
