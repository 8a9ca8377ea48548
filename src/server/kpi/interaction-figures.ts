import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import type { InteractionDirection, InteractionType } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { periodsRelation } from "./kpi-periods";

export interface InteractionFigureRow {
  idx: number;
  userId: string;
  type: InteractionType;
  direction: InteractionDirection;
  interactions: number;
  minutesSpent: number;
}

/** Interactions done in the period (when they took place, in the tenant's zone), per responsible, type and direction. */
export async function interactionFigures(tenantId: string, timeZone: string, periods: Period[]) {
  return db().$queryRaw<InteractionFigureRow[]>`
    SELECT p.idx, i."responsibleUserId" AS "userId", i."type", i."direction",
           count(*)::int AS "interactions", coalesce(sum(i."durationMinutes"), 0)::int AS "minutesSpent"
    FROM "Interaction" i JOIN ${periodsRelation(periods, timeZone)} p ON i."at" >= p."start" AND i."at" < p."end"
    WHERE i."tenantId" = ${tenantId} AND i."status" = 'DONE'
    GROUP BY 1, 2, 3, 4`;
}
