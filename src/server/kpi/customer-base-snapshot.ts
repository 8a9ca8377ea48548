import "server-only";
import { db } from "@/server/db";
import type { RunCounts } from "@/server/classification/run-classification";

const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;
const ABC = ["A", "B", "C"] as const;

/**
 * The customer base for the dashboard's funnel and ABC chart, as the last classification run counted it (the same
 * snapshot the classification report shows): customers per effective stage and per ABC class with its revenue.
 * Reading the run's stored counts keeps the dashboard from counting 100,000 counterparties on every view.
 */
export async function customerBaseSnapshot(tenantId: string) {
  const run = await db().classificationRun.findFirst({
    where: { tenantId },
    orderBy: { startedAt: "desc" },
    select: { counts: true },
  });
  const counts = run?.counts as RunCounts | undefined;
  const inClass = (abc: string) => Object.entries(counts?.cells ?? {}).filter(([cell]) => cell.startsWith(`${abc}:`));
  return {
    stages: STAGES.map((stage) => ({ stage, customers: counts?.stages[stage] ?? 0 })),
    abc: ABC.map((abcClass) => ({
      abcClass,
      customers: inClass(abcClass).reduce((sum, [, n]) => sum + n, 0),
      revenue: inClass(abcClass).reduce((sum, [cell]) => sum + Number(counts?.revenue[cell] ?? 0), 0),
    })),
  };
}
