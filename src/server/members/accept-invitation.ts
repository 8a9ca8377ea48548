import "server-only";
import { z } from "zod";
import { newPasswordSchema, personNameSchema } from "@/domain/auth/credentials";
import { unsafeDb } from "@/server/db";
import { AppError, ValidationError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { hashInvitationToken } from "./invitation-token";

export const acceptInvitationInput = z.object({
  token: z.string().min(1).max(200),
  name: personNameSchema.optional(),
  password: newPasswordSchema.optional(),
});

type UnsafeTx = Parameters<Parameters<ReturnType<typeof unsafeDb>["$transaction"]>[0]>[0];

class InvitationInvalidError extends AppError {
  constructor() {
    super("NOT_FOUND", "errors.invitationInvalid");
  }
}

/**
 * Joins the invited company. A signed-in user joins with his own account (its e-mail must match); someone without
 * an account creates one with a name and password. The invitation is marked used in the same transaction that
 * creates the membership, so a link works exactly once.
 */
export async function acceptInvitation(
  input: z.infer<typeof acceptInvitationInput>,
  signedInUserId: string | null,
): Promise<{ slug: string; email: string }> {
  return unsafeDb().$transaction(async (tx) => {
    const now = new Date();
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      include: { tenant: { select: { slug: true } } },
    });
    if (!invitation || invitation.revokedAt || invitation.acceptedAt || invitation.expiresAt <= now) {
      throw new InvitationInvalidError();
    }
    const claimed = await tx.invitation.updateMany({
      where: { tenantId: invitation.tenantId, id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) throw new InvitationInvalidError();

    const userId = await resolveAccount(tx, invitation.email, input, signedInUserId);
    const membership = await tx.membership.upsert({
      where: { tenantId_userId: { tenantId: invitation.tenantId, userId } },
      create: { tenantId: invitation.tenantId, userId, role: invitation.role },
      update: { role: invitation.role, active: true },
    });
    await recordAuditEvent(tx, {
      tenantId: invitation.tenantId,
      actorUserId: userId,
      action: "invitation.accepted",
      entity: "Membership",
      entityId: membership.id,
      after: { email: invitation.email, role: invitation.role },
    });
    return { slug: invitation.tenant.slug, email: invitation.email };
  });
}

async function resolveAccount(
  tx: UnsafeTx,
  email: string,
  input: z.infer<typeof acceptInvitationInput>,
  signedInUserId: string | null,
): Promise<string> {
  const account = await tx.user.findUnique({ where: { email } });
  if (account) {
    if (account.id !== signedInUserId || !account.active)
      throw new AppError("FORBIDDEN", "errors.invitationOtherAccount");
    return account.id;
  }
  const missing: Record<string, string> = {};
  if (!input.name) missing.name = "validation.required";
  if (!input.password) missing.password = "validation.passwordTooShort";
  if (Object.keys(missing).length) throw new ValidationError(missing);
  const user = await tx.user.create({
    data: { email, name: input.name!, passwordHash: await hashPassword(input.password!) },
  });
  return user.id;
}
