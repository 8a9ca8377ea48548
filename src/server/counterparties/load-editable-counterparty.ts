import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import type { Tx } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { type TenantContext, viewerOf } from "@/server/tenant-context";

/**
 * The counterparty by (tenant, id) if this user may change it: NotFound for another tenant's id and for a client the
 * user may not even see (`managerVisibility = OWN`), as every other path answers; Forbidden for a colleague's client
 * he sees.
 */
export async function loadEditableCounterparty(tx: Tx, ctx: TenantContext, id: string) {
  const counterparty = await tx.counterparty.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!counterparty || !canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId)) throw new NotFoundError();
  if (!canEditCounterparty(ctx.role, ctx.user.id, counterparty.responsibleUserId)) throw new ForbiddenError();
  return counterparty;
}
