import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

const OPTIONS_LIMIT = 500;

/**
 * The choices of the reports' filters. Reports look back, so deactivated members and archived reasons are offered
 * too: their history is still in the figures. The ids also decide which filter values in a URL are recognised.
 */
export async function reportFilterOptions(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  const [members, reasons] = await Promise.all([
    db().membership.findMany({
      where: { tenantId },
      select: { userId: true, active: true, user: { select: { name: true } } },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      take: OPTIONS_LIMIT,
    }),
    db().failureReason.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: [{ archived: "asc" }, { name: "asc" }],
      take: OPTIONS_LIMIT,
    }),
  ]);
  const managers = members.map((m) => ({ id: m.userId, name: m.user.name, active: m.active }));
  return { managers, managerIds: managers.map((m) => m.id), reasons, reasonIds: reasons.map((r) => r.id) };
}
