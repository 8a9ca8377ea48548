import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import { seesOnlyOwnCounterparties } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

export const TIMELINE_PAGE_SIZE = 20;

/**
 * Everything the card shows about one client, so that whoever picks up the phone is up to date at once. Another
 * tenant's id, or a colleague's client where managers see only their own, is not found.
 */
export async function getCounterpartyCard(ctx: TenantContext, id: string, timelinePage = 1) {
  const tenantId = ctx.tenant.id;
  const counterparty = await db().counterparty.findUnique({
    where: { tenantId_id: { tenantId, id } },
    include: {
      responsible: { select: { user: { select: { name: true } } } },
      source: { select: { name: true } },
      supplier: true,
      contactInfo: { orderBy: [{ type: "asc" }, { isPrimary: "desc" }, { position: "asc" }] },
      employments: {
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }],
        include: {
          contactPerson: {
            include: {
              contactInfo: { orderBy: [{ isPrimary: "desc" }, { position: "asc" }] },
              employments: { where: { endedOn: null }, include: { counterparty: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!counterparty) throw new NotFoundError();
  const ownOnly = seesOnlyOwnCounterparties(ctx.role, ctx.tenant.settings);
  if (ownOnly && counterparty.responsibleUserId !== ctx.user.id) throw new NotFoundError();

  const timelineWhere = { tenantId, entity: "Counterparty", entityId: id };
  const [timeline, timelineTotal] = await Promise.all([
    db().auditEvent.findMany({
      where: timelineWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (timelinePage - 1) * TIMELINE_PAGE_SIZE,
      take: TIMELINE_PAGE_SIZE,
      include: { actor: { select: { user: { select: { name: true } } } } },
    }),
    db().auditEvent.count({ where: timelineWhere }),
  ]);
  return {
    counterparty,
    canEdit: canEditCounterparty(ctx.role, ctx.user.id, counterparty.responsibleUserId),
    timeline,
    timelinePages: Math.max(1, Math.ceil(timelineTotal / TIMELINE_PAGE_SIZE)),
  };
}

export type CounterpartyCard = Awaited<ReturnType<typeof getCounterpartyCard>>;
