import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { safeCell } from "@/domain/csv/safe-cell";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { loadImportJob } from "@/server/imports/load-import-job";

/** The rows that were not imported, with the reason, for fixing in Excel and importing again. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const t = await getTranslations();
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "importErrorReport", permission: "counterparty.read", input: z.object({}) },
    {},
    async (ctx) => {
      const job = await loadImportJob(ctx, id);
      const label = (field: string) =>
        t.has(`imports.${job.target}.${field}`)
          ? t(`imports.${job.target}.${field}` as "imports.counterparties.name")
          : field;
      const rows = job.errors.map((e) => [e.row, label(e.field), t(e.message as "validation.invalid")]);
      return stringify(
        [[t("imports.line"), t("imports.field"), t("imports.problem")], ...rows.map((r) => r.map(safeCell))],
        { delimiter: ";", bom: true },
      );
    },
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return new Response(result.data, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="import-errors-${id}.csv"`,
    },
  });
}
