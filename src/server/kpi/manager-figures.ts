import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { EMPTY_FIGURES, sumFigures, type ManagerFigures } from "@/domain/kpi/manager-figures";
import type { Role } from "@/domain/auth/permissions";
import { db } from "@/server/db";
import { customerFigures } from "./customer-figures";
import { interactionFigures, type InteractionFigureRow } from "./interaction-figures";
import { orderFigures } from "./order-figures";
import { salesFigures } from "./sales-figures";
import { snapshotFigures } from "./snapshot-figures";

export interface KpiMember {
  userId: string;
  name: string;
  role: Role;
  active: boolean;
}

export interface PeriodFigures {
  /** Every member with figures or with the MANAGER role; a member without any has empty figures. */
  byUser: Map<string, ManagerFigures>;
  /** The whole tenant, including what no one is responsible for. */
  total: ManagerFigures;
}

const NOBODY = "";

/**
 * SPEC §7.1 for every manager and each of the given periods, in a handful of queries run side by side. Client
 * figures (completeness, stages, churn, new customers) belong to the counterparty's responsible manager; order
 * figures (deals, revenue, profit, payments, debt) to the order's manager; interactions to their responsible.
 * Today's snapshot (completeness, receivables, overdue debt) is the same in every period.
 */
export async function loadManagerFigures(tenantId: string, timeZone: string, periods: Period[], today: string) {
  const [sales, orders, customers, interactions, snapshot] = await Promise.all([
    salesFigures(tenantId, timeZone, periods),
    orderFigures(tenantId, timeZone, periods),
    customerFigures(tenantId, timeZone, periods),
    interactionFigures(tenantId, timeZone, periods),
    snapshotFigures(tenantId, today),
  ]);
  const perPeriod = periods.map(() => new Map<string, ManagerFigures>());
  const add = (idx: number, userId: string | null, values: Partial<Record<keyof ManagerFigures, number>>) => {
    const map = perPeriod[idx - 1]!;
    const key = userId ?? NOBODY;
    const figures = map.get(key) ?? { ...EMPTY_FIGURES };
    for (const [k, v] of Object.entries(values) as [keyof ManagerFigures, number][])
      if (k in EMPTY_FIGURES) figures[k] += Number(v);
    map.set(key, figures);
  };
  for (const { idx, userId, ...values } of [...sales, ...customers]) add(idx, userId, values);
  for (const { idx, userId, orders: count, ...values } of orders)
    add(idx, userId, { ...values, repeatDeals: count - values.firstDeals });
  for (const { idx, userId, interactions: count, minutesSpent } of interactions)
    add(idx, userId, { interactions: count, minutesSpent });
  for (const { userId, ...values } of snapshot) periods.forEach((_, i) => add(i + 1, userId, values));

  const members = await kpiMembers(
    tenantId,
    new Set(perPeriod.flatMap((m) => [...m.keys()]).filter((k) => k !== NOBODY)),
  );
  const result: PeriodFigures[] = perPeriod.map((map) => ({
    byUser: new Map(members.map((m) => [m.userId, map.get(m.userId) ?? { ...EMPTY_FIGURES }])),
    total: sumFigures([...map.values()]),
  }));
  return { members, periods: result, interactions: interactions as InteractionFigureRow[] };
}

/** The managers of the tenant, and anyone else who has figures (a director who sells, a manager who left). */
async function kpiMembers(tenantId: string, withFigures: Set<string>): Promise<KpiMember[]> {
  const rows = await db().membership.findMany({
    where: { tenantId, OR: [{ role: "MANAGER", active: true }, { userId: { in: [...withFigures] } }] },
    select: { userId: true, role: true, active: true, user: { select: { name: true } } },
  });
  return rows
    .map((m) => ({ userId: m.userId, name: m.user.name, role: m.role, active: m.active }))
    .sort((a, b) => a.name.localeCompare(b.name, "ru"));
}
