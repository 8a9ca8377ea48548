import "server-only";
import type { Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";

/** A membership of this tenant by its id, or NotFound: the only way member use cases load one. */
export async function findMember(tx: Tx, tenantId: string, membershipId: string) {
  const member = await tx.membership.findUnique({ where: { tenantId_id: { tenantId, id: membershipId } } });
  if (!member) throw new NotFoundError();
  return member;
}

/** Refuses a change that would leave the tenant without an active admin. */
export async function countOtherActiveAdmins(tx: Tx, tenantId: string, membershipId: string): Promise<number> {
  return tx.membership.count({ where: { tenantId, role: "ADMIN", active: true, id: { not: membershipId } } });
}
