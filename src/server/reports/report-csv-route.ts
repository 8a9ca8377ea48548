import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect, type CsvDialect } from "@/domain/csv/csv-dialect";
import { SEARCH_PARAMS, tenantRoute } from "@/server/actions/tenant-route";
import { csvResponse } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";

export type ReportTranslator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * A report's CSV route: the same permission as the page ("reports.read"), the page's own query parameters (so the
 * file holds what the page shows), headers in the reader's language and his spreadsheet's notation.
 */
export function reportCsvRoute(
  fileName: string,
  build: (
    ctx: TenantContext,
    search: Record<string, string>,
    t: ReportTranslator,
    dialect: CsvDialect,
  ) => Promise<ReadableStream<Uint8Array>>,
) {
  return tenantRoute(
    { name: `export:${fileName}`, permission: "reports.read", query: SEARCH_PARAMS },
    async (ctx, search) => {
      const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
      return csvResponse(await build(ctx, search, t, csvDialect(locale)), fileName);
    },
  );
}
