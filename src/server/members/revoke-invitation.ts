import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const revokeInvitationInput = z.object({ invitationId: z.string().min(1) });

export async function revokeInvitation(ctx: TenantContext, input: z.infer<typeof revokeInvitationInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { tenantId, id: input.invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "invitation.revoked",
      entity: "Invitation",
      entityId: input.invitationId,
    });
  });
}
