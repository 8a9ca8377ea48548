import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** Any client or transaction, guarded or not. */
type AuditWriter = {
  auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): PromiseLike<unknown> };
};

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Keeps only the fields that changed, so the log reads as "role: MANAGER → DIRECTOR". */
function changedFields(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (key in before) b[key] = before[key];
    if (key in after) a[key] = after[key];
  }
  return { before: b, after: a };
}

/** Written inside the caller's transaction: the change and its record commit together or not at all. */
export async function recordAuditEvent(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: entry.tenantId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      changes: changedFields(entry.before, entry.after) as Prisma.InputJsonValue,
    },
  });
}
