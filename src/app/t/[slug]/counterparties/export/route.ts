import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { z } from "zod";
import { parseListQuery } from "@/domain/counterparties/list-query";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { exportCounterparties } from "@/server/counterparties/export-counterparties";
import { csvResponse } from "@/server/csv/stream-csv";

/** GET with the list's own query parameters: exports exactly what the list shows, all pages of it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dialect = csvDialect(await getLocale());
  const t = await getTranslations("counterparties");
  const query = parseListQuery(Object.fromEntries(new URL(request.url).searchParams));
  const headers = [
    t("name"),
    t("kind"),
    t("taxId"),
    t("phone"),
    t("email"),
    t("responsible"),
    t("source"),
    t("createdAt"),
  ];
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "exportCounterparties", permission: "counterparty.read", input: z.object({}) },
    {},
    async (ctx) =>
      exportCounterparties(ctx, dialect, query, headers, (kind) => t(`kinds.${kind}` as "kinds.LEGAL_ENTITY")),
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return csvResponse(result.data, "counterparties");
}
