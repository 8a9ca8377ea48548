import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export const TIMELINE_PAGE_SIZE = 20;

export interface TimelineEntry {
  kind: "event" | "order" | "shipment" | "payment" | "interaction";
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
  /** For interactions: the subject, and how the e-mail went when it is one sent from the CRM. */
  subject: string | null;
  emailStatus: string | null;
}

/**
 * The card's timeline, newest first: what happened to the counterparty (audit events), its interactions (SPEC §4,
 * e-mails included) and its documents (orders, shipments, payments) by their dates, a page at a time.
 */
export async function counterpartyTimeline(tenantId: string, counterpartyId: string, page: number) {
  // Each branch takes only its newest rows up to this page, read backwards along its (tenant, counterparty, date)
  // index; one row more than the page tells whether there is a next page without counting a long history.
  const take = page * TIMELINE_PAGE_SIZE + 1;
  const rows = await db().$queryRaw<TimelineEntry[]>`
    SELECT * FROM (
      (SELECT 'event' AS kind, a."id", a."createdAt" AS at, a."action", a."changes", u."name" AS "actorName",
              NULL AS "orderId", NULL::int AS "number", NULL AS "amount", NULL AS "status",
              NULL AS "subject", NULL AS "emailStatus"
       FROM "AuditEvent" a LEFT JOIN "User" u ON u."id" = a."actorUserId"
       WHERE a."tenantId" = ${tenantId} AND a."entity" = 'Counterparty' AND a."entityId" = ${counterpartyId}
       ORDER BY a."createdAt" DESC LIMIT ${take})
      UNION ALL
      (SELECT 'order', o."id", o."date"::timestamp, NULL, NULL, u."name", o."id", o."number", o."totalAmount"::text, o."status"::text, NULL, NULL
       FROM "Order" o JOIN "User" u ON u."id" = o."managerUserId"
       WHERE o."tenantId" = ${tenantId} AND o."counterpartyId" = ${counterpartyId}
       ORDER BY o."date" DESC LIMIT ${take})
      UNION ALL
      (SELECT 'shipment', s."id", s."date"::timestamp, NULL, NULL, u."name", s."orderId", s."number", s."amount"::text, NULL, NULL, NULL
       FROM "Shipment" s JOIN "User" u ON u."id" = s."shipperUserId"
       WHERE s."tenantId" = ${tenantId} AND s."counterpartyId" = ${counterpartyId}
       ORDER BY s."date" DESC LIMIT ${take})
      UNION ALL
      (SELECT 'payment', p."id", p."date"::timestamp, NULL, NULL, u."name", p."orderId", p."number", p."amount"::text, p."method"::text, NULL, NULL
       FROM "Payment" p LEFT JOIN "User" u ON u."id" = p."createdByUserId"
       WHERE p."tenantId" = ${tenantId} AND p."counterpartyId" = ${counterpartyId}
       ORDER BY p."date" DESC LIMIT ${take})
      UNION ALL
      (SELECT 'interaction', i."id", i."at", i."type"::text, NULL, u."name", NULL, NULL, NULL, i."status"::text, i."subject", e."status"::text
       FROM "Interaction" i JOIN "User" u ON u."id" = i."responsibleUserId"
       LEFT JOIN "OutgoingEmail" e ON e."tenantId" = i."tenantId" AND e."id" = i."emailId"
       WHERE i."tenantId" = ${tenantId} AND i."counterpartyId" = ${counterpartyId}
       ORDER BY i."at" DESC LIMIT ${take})
    ) timeline
    ORDER BY at DESC, "id" DESC
    LIMIT ${TIMELINE_PAGE_SIZE + 1} OFFSET ${(page - 1) * TIMELINE_PAGE_SIZE}`;
  return { entries: rows.slice(0, TIMELINE_PAGE_SIZE), hasNext: rows.length > TIMELINE_PAGE_SIZE };
}
