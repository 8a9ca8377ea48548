import "server-only";
import { can } from "@/domain/auth/permissions";
import type { Period } from "@/domain/analytics/comparison-periods";
import { todayIn } from "@/domain/dates/calendar-date";
import { indicatorValues } from "@/domain/kpi/manager-figures";
import type { TenantContext } from "@/server/tenant-context";
import { loadManagerFigures } from "./manager-figures";

/**
 * SPEC §7.1 as the managers' report shows it: a row per manager with every indicator, the tenant total, and the
 * interactions done by type and direction. A director sees everyone (or the one he picks); a manager sees his own
 * row and the totals, whatever the URL asks for.
 */
export async function managerIndicatorsReport(ctx: TenantContext, period: Period, requestedManager?: string) {
  const timeZone = ctx.tenant.timeZone;
  const { members, periods, interactions } = await loadManagerFigures(
    ctx.tenant.id,
    timeZone,
    [period],
    todayIn(timeZone),
  );
  const figures = periods[0]!;
  // An unknown manager in the URL (another tenant's, a typo) is ignored: the director sees everyone.
  const wanted = can(ctx.role, "kpi.readAll")
    ? members.find((m) => m.userId === requestedManager)?.userId
    : ctx.user.id;
  const visible = wanted ? members.filter((m) => m.userId === wanted) : members;
  const visibleIds = new Set(visible.map((m) => m.userId));
  return {
    members: can(ctx.role, "kpi.readAll") ? members : visible,
    rows: visible.map((member) => ({ member, values: indicatorValues(figures.byUser.get(member.userId)!) })),
    total: indicatorValues(figures.total),
    interactions: interactions.filter((i) => visibleIds.has(i.userId)),
  };
}
