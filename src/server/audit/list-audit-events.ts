import "server-only";
import { z } from "zod";
import { isCalendarDate } from "@/domain/dates/calendar-date";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

const AUDIT_PAGE_SIZE = 50;

const dateString = z.string().refine(isCalendarDate).optional().catch(undefined);

export const auditFilterSchema = z.object({
  actor: z.string().max(64).optional().catch(undefined),
  entity: z.string().max(64).optional().catch(undefined),
  from: dateString,
  to: dateString,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Newest first, one page at a time; the period is inclusive, in UTC days. */
export async function listAuditEvents(ctx: TenantContext, filter: AuditFilter) {
  const tenantId = ctx.tenant.id;
  const createdAt = {
    ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
    ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
  const where = {
    tenantId,
    ...(filter.actor ? { actorUserId: filter.actor } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const [events, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { user: { select: { name: true, email: true } } } } },
    }),
    db().auditEvent.count({ where }),
  ]);
  return { events, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
