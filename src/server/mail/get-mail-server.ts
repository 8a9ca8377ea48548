import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** The tenant's SMTP settings for the admin form; the password never leaves the server, only whether one is set. */
export async function getMailServer(ctx: TenantContext) {
  const server = await db().tenantMailServer.findUnique({ where: { tenantId: ctx.tenant.id } });
  if (!server) return null;
  const { passwordEncrypted, ...shown } = server;
  return { ...shown, hasPassword: passwordEncrypted !== null };
}
