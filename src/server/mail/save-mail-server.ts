import "server-only";
import { mailServerSchema, type MailServerInput } from "@/domain/email/mail-server-input";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { publicMailAddress } from "./public-mail-host";
import { seal } from "./secret-box";

export const saveMailServerInput = mailServerSchema;

/** Sets the tenant's own SMTP server; the password is stored sealed and an empty one keeps the stored password. */
export async function saveMailServer(ctx: TenantContext, input: MailServerInput) {
  const tenantId = ctx.tenant.id;
  const { password, ...server } = input;
  await publicMailAddress(server.host, server.port);
  const data = {
    ...server,
    ...(password ? { passwordEncrypted: seal(password) } : {}),
    ...(server.username ? {} : { passwordEncrypted: null }),
  };
  await db().$transaction(async (tx) => {
    await tx.tenantMailServer.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "mail_server.saved",
      entity: "Tenant",
      entityId: tenantId,
      after: { ...server, password: password ? "(changed)" : undefined },
    });
  });
}
