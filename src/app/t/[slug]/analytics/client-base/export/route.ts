import { getLocale, getTranslations } from "next-intl/server";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { todayIn } from "@/domain/dates/calendar-date";
import { SEARCH_PARAMS, tenantRoute } from "@/server/actions/tenant-route";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportClientBase } from "@/server/analytics/export-client-base";

/** GET with the page's own query parameters: the table the page shows, as CSV. */
export const GET = tenantRoute(
  { name: "exportClientBase", permission: "reports.read", query: SEARCH_PARAMS },
  async (ctx, search) => {
    const [locale, t, ta, ts] = await Promise.all([
      getLocale(),
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
    const query = readClientBaseQuery(search, todayIn(ctx.tenant.timeZone));
    return csvResponse(await exportClientBase(ctx, csvDialect(locale), query, headers), "client-base");
  },
);
