import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { safeCell } from "@/domain/csv/safe-cell";
import { tenantRoute } from "@/server/actions/tenant-route";
import { loadImportJob } from "@/server/imports/load-import-job";

/** The rows that were not imported, with the reason, for fixing in Excel and importing again. */
export const GET = tenantRoute<{ slug: string; id: string }>(
  { name: "importErrorReport", permission: "counterparty.read" },
  async (ctx, _query, { params: { id } }) => {
    const [t, job] = await Promise.all([getTranslations(), loadImportJob(ctx, id)]);
    const label = (field: string) =>
      t.has(`imports.${job.target}.${field}`)
        ? t(`imports.${job.target}.${field}` as "imports.counterparties.name")
        : field;
    const rows = job.errors.map((e) => [e.row, label(e.field), t(e.message as "validation.invalid")]);
    const csv = stringify(
      [[t("imports.line"), t("imports.field"), t("imports.problem")], ...rows.map((r) => r.map(safeCell))],
      { delimiter: ";", bom: true },
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-errors-${id}.csv"`,
      },
    });
  },
);
