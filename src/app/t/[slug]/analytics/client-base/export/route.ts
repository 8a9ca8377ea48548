import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { todayIn } from "@/domain/dates/calendar-date";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportClientBase } from "@/server/analytics/export-client-base";

/** GET with the page's own query parameters: the table the page shows, as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dialect = csvDialect(await getLocale());
  const [t, ta, ts] = await Promise.all([
    getTranslations("clientBase"),
    getTranslations("analytics"),
    getTranslations("counterparties"),
  ]);
  const headers = [
    ta("from"),
    ta("to"),
    t("newCustomers"),
    t("lostCustomers"),
    t("returningCustomers"),
    t("revenueNew"),
    t("csv.profitNew"),
    t("revenueRegular"),
    t("csv.profitRegular"),
    ts("stages.POTENTIAL"),
    ts("stages.ONE_TIME"),
    ts("stages.REGULAR"),
    ts("stages.LOST"),
  ];
  const searchParams = Object.fromEntries(new URL(request.url).searchParams);
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "exportClientBase", permission: "reports.read", input: z.object({}) },
    {},
    async (ctx) =>
      exportClientBase(ctx, dialect, readClientBaseQuery(searchParams, todayIn(ctx.tenant.timeZone)), headers),
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return csvResponse(result.data, "client-base");
}
