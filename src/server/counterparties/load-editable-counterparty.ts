import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import type { Tx } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

/** The counterparty by (tenant, id) if this user may change it: NotFound for another tenant's id, Forbidden for a colleague's client. */
export async function loadEditableCounterparty(tx: Tx, ctx: TenantContext, id: string) {
  const counterparty = await tx.counterparty.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!counterparty) throw new NotFoundError();
  if (!canEditCounterparty(ctx.role, ctx.user.id, counterparty.responsibleUserId)) throw new ForbiddenError();
  return counterparty;
}
