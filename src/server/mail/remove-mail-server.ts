import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

export const removeMailServerInput = z.object({});

/** Back to the deployment's SMTP server for mail to clients. */
export async function removeMailServer(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    await tx.tenantMailServer.deleteMany({ where: { tenantId } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "mail_server.removed",
      entity: "Tenant",
      entityId: tenantId,
    });
  });
}
