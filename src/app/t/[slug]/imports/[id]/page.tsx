import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { fieldLabel } from "@/domain/custom-fields/field-definition";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { IMPORT_LIST_PATH, IMPORT_TARGETS } from "@/domain/import/import-targets";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { loadImportJob } from "@/server/imports/load-import-job";
import { previewImport } from "@/server/imports/preview-import";
import { CommitForm, MappingForm } from "./import-forms";

export default async function ImportJobPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const job = await orNotFound(loadImportJob(ctx, id));
  const target = IMPORT_TARGETS[job.target];
  const t = await getTranslations();
  const ti = await getTranslations("imports");
  const locale = (await getLocale()) as "ru" | "en";
  const definitions = target.customFields ? await listFieldDefinitions(ctx) : [];
  const label = (field: string) => ti(`${job.target}.${field}` as "counterparties.name");
  const fields = [
    ...target.fields.map((f) => ({ value: f, label: target.requiredFields.includes(f) ? `${label(f)} *` : label(f) })),
    ...definitions.map((d) => ({ value: `cf.${d.key}`, label: fieldLabel(d, locale) })),
  ];
  const fieldName = (field: string) =>
    target.fields.includes(field) ? label(field) : (fields.find((f) => f.value === field)?.label ?? field);
  const listPath = IMPORT_LIST_PATH[job.target];

  if (job.status === "COMMITTED") {
    const errorRows = new Set(job.errors.map((e) => e.row)).size;
    return (
      <>
        <PageHeader title={job.fileName} subtitle={ti("statuses.COMMITTED")} />
        <Card className="mb-6">
          <p className="text-sm" data-testid="import-result">
            {ti("result", {
              created: job.createdCount,
              updated: job.updatedCount,
              skipped: job.skippedCount,
              errors: errorRows,
            })}
          </p>
          <div className="mt-3 flex gap-2">
            <Link className={buttonClass("secondary")} href={`/t/${slug}/${listPath}`}>
              {t(`nav.${listPath}`)}
            </Link>
            {errorRows > 0 && (
              <a className={buttonClass("secondary")} href={`/t/${slug}/imports/${id}/errors`} download>
                {ti("downloadErrors")}
              </a>
            )}
          </div>
        </Card>
        {job.errors.length > 0 && (
          <Table head={[ti("line"), ti("field"), ti("problem")]}>
            {job.errors.slice(0, 200).map((e, i) => (
              <tr key={i}>
                <Td>{e.row}</Td>
                <Td>{fieldName(e.field)}</Td>
                <Td>{t(e.message as "validation.invalid")}</Td>
              </tr>
            ))}
          </Table>
        )}
      </>
    );
  }

  const preview = await previewImport(job, definitions);
  return (
    <>
      <PageHeader
        title={job.fileName}
        subtitle={ti("detected", {
          rows: job.rowCount,
          encoding: job.encoding,
          delimiter: job.delimiter === "\t" ? "Tab" : job.delimiter,
        })}
      />
      <Card title={ti("mapping")} className="mb-6">
        <MappingForm
          slug={slug}
          id={id}
          headers={job.headers}
          mapping={job.mapping}
          duplicateMode={job.duplicateMode}
          duplicateModes={target.duplicateModes}
          fields={fields}
        />
      </Card>
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
              {preview.map((row) => (
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
      <CommitForm slug={slug} id={id} rowCount={job.rowCount} />
    </>
  );
}
