import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function listMembers(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: { tenantId },
      orderBy: [{ active: "desc" }, { createdAt: "asc" }],
      select: { id: true, role: true, active: true, userId: true, user: { select: { name: true, email: true } } },
      take: 500,
    }),
    db().invitation.findMany({
      where: { tenantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
      take: 200,
    }),
  ]);
  return { members, invitations };
}
