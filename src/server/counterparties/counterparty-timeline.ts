import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export const TIMELINE_PAGE_SIZE = 20;

export interface TimelineEntry {
  kind: "event" | "order" | "shipment" | "payment";
  id: string;
  at: Date;
  /** For events: the audit action, e.g. "counterparty.updated". */
  action: string | null;
  changes: Prisma.JsonValue | null;
  actorName: string | null;
  /** For documents: the order they belong to, their number and amount. */
  orderId: string | null;
  number: number | null;
  amount: string | null;
  status: string | null;
}

/**
 * The card's timeline, newest first: what happened to the counterparty (audit events) and its documents (orders,
 * shipments, payments) by their dates. Each branch reads its (tenant, counterparty, date) index; the page is cut
 * in the database.
 */
export async function counterpartyTimeline(tenantId: string, counterpartyId: string, page: number) {
  const offset = (page - 1) * TIMELINE_PAGE_SIZE;
  const rows = await db().$queryRaw<TimelineEntry[]>`
    SELECT * FROM (
      SELECT 'event' AS kind, a."id", a."createdAt" AS at, a."action", a."changes", u."name" AS "actorName",
             NULL AS "orderId", NULL::int AS "number", NULL AS "amount", NULL AS "status"
      FROM "AuditEvent" a LEFT JOIN "User" u ON u."id" = a."actorUserId"
      WHERE a."tenantId" = ${tenantId} AND a."entity" = 'Counterparty' AND a."entityId" = ${counterpartyId}
      UNION ALL
      SELECT 'order', o."id", o."date"::timestamp, NULL, NULL, u."name", o."id", o."number", o."totalAmount"::text, o."status"::text
      FROM "Order" o JOIN "User" u ON u."id" = o."managerUserId"
      WHERE o."tenantId" = ${tenantId} AND o."counterpartyId" = ${counterpartyId}
      UNION ALL
      SELECT 'shipment', s."id", s."date"::timestamp, NULL, NULL, u."name", s."orderId", s."number", s."amount"::text, NULL
      FROM "Shipment" s JOIN "User" u ON u."id" = s."shipperUserId"
      WHERE s."tenantId" = ${tenantId} AND s."counterpartyId" = ${counterpartyId}
      UNION ALL
      SELECT 'payment', p."id", p."date"::timestamp, NULL, NULL, u."name", p."orderId", p."number", p."amount"::text, p."method"::text
      FROM "Payment" p LEFT JOIN "User" u ON u."id" = p."createdByUserId"
      WHERE p."tenantId" = ${tenantId} AND p."counterpartyId" = ${counterpartyId}
    ) timeline
    ORDER BY at DESC, "id" DESC
    LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${offset}`;
  const [counts] = await db().$queryRaw<{ total: number }[]>`
    SELECT ((SELECT COUNT(*) FROM "AuditEvent" WHERE "tenantId" = ${tenantId} AND "entity" = 'Counterparty' AND "entityId" = ${counterpartyId})
          + (SELECT COUNT(*) FROM "Order" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId})
          + (SELECT COUNT(*) FROM "Shipment" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId})
          + (SELECT COUNT(*) FROM "Payment" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId}))::int AS total`;
  return { entries: rows, pages: Math.max(1, Math.ceil((counts?.total ?? 0) / TIMELINE_PAGE_SIZE)) };
}
