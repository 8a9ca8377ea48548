import "server-only";
import { z } from "zod";
import { ROLES } from "@/domain/auth/permissions";
import { emailSchema } from "@/domain/auth/credentials";
import { translate } from "@/i18n/translate";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { sendEmail } from "@/server/mail/send-email";
import { INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: z.enum(ROLES, "validation.choose"),
});

/** Sends a single-use link that expires; a pending invitation to the same address is replaced by the new one. */
export async function inviteMember(ctx: TenantContext, input: z.infer<typeof inviteMemberInput>) {
  const tenantId = ctx.tenant.id;
  const existing = await db().membership.findFirst({
    where: { tenantId, active: true, user: { email: input.email } },
    select: { id: true },
  });
  if (existing) throw new ValidationError({ email: "validation.alreadyMember" });

  const { token, tokenHash } = newInvitationToken();
  const invitation = await db().$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { tenantId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: {
        tenantId,
        email: input.email,
        role: input.role,
        tokenHash,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        invitedByUserId: ctx.user.id,
      },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "invitation.created",
      entity: "Invitation",
      entityId: created.id,
      after: { email: input.email, role: input.role },
    });
    return created;
  });

  const link = `${env().NEXTAUTH_URL}/invite/${token}`;
  const locale = ctx.tenant.locale;
  const values = { company: ctx.tenant.name, inviter: ctx.user.name, link };
  const sent = await sendEmail({
    tenantId,
    to: input.email,
    subject: translate(locale, "email.invitation.subject", values),
    text: translate(locale, "email.invitation.body", values),
  });
  return { invitationId: invitation.id, email: input.email, delivery: sent.status };
}
