import "server-only";
import { unsafeDb } from "@/server/db";
import { hashInvitationToken } from "./invitation-token";

/** Looks an invitation up by the token in its link (tenants are not known yet: the token is the key). */
export async function findInvitation(token: string, now = new Date()) {
  if (token.length > 200) return { state: "unknown" as const, invitation: null };
  const invitation = await unsafeDb().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { tenant: { select: { name: true, slug: true } } },
  });
  if (!invitation || invitation.revokedAt) return { state: "unknown" as const, invitation: null };
  if (invitation.acceptedAt) return { state: "used" as const, invitation };
  if (invitation.expiresAt <= now) return { state: "expired" as const, invitation };
  const account = await unsafeDb().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { state: "valid" as const, invitation, hasAccount: account !== null };
}
