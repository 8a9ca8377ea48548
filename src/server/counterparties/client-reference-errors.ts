import "server-only";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import type { Tx } from "@/server/db";
import { type TenantContext, viewerOf } from "@/server/tenant-context";

/**
 * The references a form about one client names, checked against this tenant: the client (one the user may see, not
 * archived), a contact person who works there now or did, an order of that client. Each bad one is a field error,
 * a message next to its field rather than a foreign-key failure.
 */
export async function clientReferenceErrors(
  tx: Tx,
  ctx: TenantContext,
  input: { counterpartyId: string; contactPersonId?: string | null; orderId?: string | null },
): Promise<Record<string, string>> {
  const tenantId = ctx.tenant.id;
  const [counterparty, employment, order] = await Promise.all([
    tx.counterparty.findUnique({
      where: { tenantId_id: { tenantId, id: input.counterpartyId } },
      select: { responsibleUserId: true, archived: true },
    }),
    input.contactPersonId
      ? tx.employment.findFirst({
          where: { tenantId, contactPersonId: input.contactPersonId, counterpartyId: input.counterpartyId },
          select: { id: true },
        })
      : null,
    input.orderId
      ? tx.order.findUnique({
          where: { tenantId_id: { tenantId, id: input.orderId } },
          select: { counterpartyId: true },
        })
      : null,
  ]);
  const errors: Record<string, string> = {};
  const visible = counterparty && canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId);
  if (!counterparty || !visible || counterparty.archived) errors.counterpartyId = "validation.choose";
  if (input.contactPersonId && !employment) errors.contactPersonId = "validation.choose";
  if (input.orderId && order?.counterpartyId !== input.counterpartyId) errors.orderId = "validation.choose";
  return errors;
}
