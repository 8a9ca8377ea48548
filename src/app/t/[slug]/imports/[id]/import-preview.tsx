import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import type { LoadedImportJob } from "@/server/imports/load-import-job";
import type { previewImport } from "@/server/imports/preview-import";

export async function ImportPreview({
  job,
  rows,
  fieldName,
}: {
  job: LoadedImportJob;
  rows: Awaited<ReturnType<typeof previewImport>>;
  fieldName: (field: string) => string;
}) {
  const [t, ti] = await Promise.all([getTranslations(), getTranslations("imports")]);
  return (
    <Card title={ti("preview")} className="mb-6">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="import-preview">
          <thead>
            <tr className="text-left text-slate-500">
              <th className="px-2 py-1">{ti("line")}</th>
              {job.headers.map((h, i) => (
                <th key={i} className="px-2 py-1">
                  {h} {job.mapping[i] && <Badge tone="blue">{fieldName(job.mapping[i])}</Badge>}
                </th>
              ))}
              <th className="px-2 py-1">{ti("problem")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.line} className={row.errors.length ? "bg-red-50" : ""}>
                <td className="px-2 py-1 text-slate-500">{row.line}</td>
                {job.headers.map((_, i) => (
                  <td key={i} className="px-2 py-1">
                    {row.cells[i]}
                  </td>
                ))}
                <td className="px-2 py-1 text-red-700">
                  {row.errors.map((e) => `${fieldName(e.field)}: ${t(e.message as "validation.invalid")}`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
