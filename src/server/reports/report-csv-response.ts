import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { csvDialect, type CsvDialect } from "@/domain/csv/csv-dialect";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { csvResponse } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";

export type ReportTranslator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * A report's CSV route: the same permission as the page ("reports.read"), the page's own query parameters (so the
 * file holds what the page shows), headers in the reader's language and his spreadsheet's notation.
 */
export async function reportCsvResponse(
  request: Request,
  slug: string,
  fileName: string,
  build: (
    ctx: TenantContext,
    search: Record<string, string>,
    t: ReportTranslator,
    dialect: CsvDialect,
  ) => Promise<ReadableStream<Uint8Array>>,
): Promise<Response> {
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: `export:${fileName}`, permission: "reports.read", input: z.object({}) },
    {},
    (ctx) => build(ctx, search, t, csvDialect(locale)),
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return csvResponse(result.data, fileName);
}
