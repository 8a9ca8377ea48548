import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { parseListQuery } from "@/domain/counterparties/list-query";
import { SEARCH_PARAMS, tenantRoute } from "@/server/actions/tenant-route";
import { exportCounterparties } from "@/server/counterparties/export-counterparties";
import { csvResponse } from "@/server/csv/stream-csv";

/** GET with the list's own query parameters: exports exactly what the list shows, all pages of it. */
export const GET = tenantRoute(
  { name: "exportCounterparties", permission: "counterparty.read", query: SEARCH_PARAMS.transform(parseListQuery) },
  async (ctx, query) => {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("counterparties")]);
    const headers = ["name", "kind", "taxId", "phone", "email", "responsible", "source", "createdAt"] as const;
    const kind = (value: string) => t(`kinds.${value}` as "kinds.LEGAL_ENTITY");
    const csv = exportCounterparties(
      ctx,
      csvDialect(locale),
      query,
      headers.map((h) => t(h)),
      kind,
    );
    return csvResponse(csv, "counterparties");
  },
);
