import "server-only";
import Decimal from "decimal.js";
import type { ClientBaseQuery } from "@/domain/analytics/client-base-query";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { clientBaseDynamics } from "./client-base-dynamics";
import { listReportManagers } from "./list-report-managers";

/** The client-base report as CSV, one row per bucket, for the same period, step and manager as the page. */
export async function exportClientBase(
  ctx: TenantContext,
  dialect: CsvDialect,
  query: ClientBaseQuery,
  headers: string[],
) {
  const managers = await listReportManagers(ctx);
  const managerUserId = managers.some((m) => m.id === query.manager) ? query.manager : undefined;
  const rows = await clientBaseDynamics(ctx, { ...query.period, granularity: query.granularity, managerUserId });
  const cells = rows.map((r) => [
    r.from,
    r.to,
    r.newCustomers,
    r.lostCustomers,
    r.returningCustomers,
    new Decimal(r.revenueNew),
    new Decimal(r.profitNew),
    new Decimal(r.revenueRegular),
    new Decimal(r.profitRegular),
    r.stages.POTENTIAL,
    r.stages.ONE_TIME,
    r.stages.REGULAR,
    r.stages.LOST,
  ]);
  return streamCsv(dialect, headers, async (offset) => (offset === 0 ? cells : []));
}
