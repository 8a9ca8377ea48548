import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { type TenantContext, viewerOf } from "@/server/tenant-context";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { counterpartyBalance } from "@/server/settlements/counterparty-balance";
import { withVisibleFieldChanges } from "@/server/custom-fields/visible-field-changes";
import { counterpartyTimeline } from "./counterparty-timeline";

/** Every list on the card is bounded: a client with thousands of people or contacts still opens at once. */
const CARD_LIMIT = 200;
/** The card lists the newest open orders; the order list filtered by the counterparty has the rest. */
const OPEN_ORDERS_SHOWN = 10;
/** The next planned interactions; the calendar filtered by the counterparty has the rest. */
const PLANNED_SHOWN = 10;
const CLASSIFICATION_CHANGES_SHOWN = 8;

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
      supplies: {
        orderBy: { product: { name: "asc" } },
        take: 200,
        include: { product: { select: { id: true, sku: true, name: true, unit: true } } },
      },
      contactInfo: { orderBy: [{ type: "asc" }, { isPrimary: "desc" }, { position: "asc" }], take: CARD_LIMIT },
      employments: {
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: "desc" }],
        take: CARD_LIMIT,
        include: {
          contactPerson: {
            include: {
              contactInfo: { orderBy: [{ isPrimary: "desc" }, { position: "asc" }], take: 20 },
              employments: {
                where: { endedOn: null },
                include: { counterparty: { select: { id: true, name: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!counterparty) throw new NotFoundError();
  if (!canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId)) throw new NotFoundError();

  const [timeline, balance, openOrders, anyOrder, plannedInteractions, classification, classificationChanges] =
    await Promise.all([
      counterpartyTimeline(tenantId, id, timelinePage),
      counterpartyBalance(tenantId, id, dateValue(todayIn(ctx.tenant.timeZone))),
      db().order.findMany({
        where: { tenantId, counterpartyId: id, settled: false, status: { in: ["DRAFT", "CONFIRMED"] } },
        orderBy: [{ date: "desc" }, { number: "desc" }],
        take: OPEN_ORDERS_SHOWN,
        select: {
          id: true,
          number: true,
          date: true,
          status: true,
          shipmentState: true,
          paymentState: true,
          totalAmount: true,
          paidAmount: true,
          expectedPaymentDate: true,
        },
      }),
      db().order.findFirst({ where: { tenantId, counterpartyId: id }, select: { id: true } }),
      db().interaction.findMany({
        where: { tenantId, counterpartyId: id, status: "PLANNED" },
        orderBy: { at: "asc" },
        take: PLANNED_SHOWN,
        select: {
          id: true,
          subject: true,
          type: true,
          importance: true,
          at: true,
          responsible: { select: { user: { select: { name: true } } } },
        },
      }),
      db().counterpartyClass.findUnique({ where: { tenantId_counterpartyId: { tenantId, counterpartyId: id } } }),
      db().classificationChange.findMany({
        where: { tenantId, counterpartyId: id },
        orderBy: { createdAt: "desc" },
        take: CLASSIFICATION_CHANGES_SHOWN,
        include: { user: { select: { user: { select: { name: true } } } } },
      }),
    ]);
  return {
    counterparty,
    canEdit: canEditCounterparty(ctx.role, ctx.user.id, counterparty.responsibleUserId),
    timeline: await withVisibleFieldChanges(ctx, timeline.entries),
    timelineHasNext: timeline.hasNext,
    balance,
    openOrders,
    plannedInteractions,
    /** Null: never classified (POTENTIAL, no classes). */
    classification,
    classificationChanges,
    /** A counterparty with orders is archived, never deleted. */
    hasDocuments: anyOrder !== null,
  };
}

export type CounterpartyCard = Awaited<ReturnType<typeof getCounterpartyCard>>;
