import { getTranslations } from "next-intl/server";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { Card, PageHeader } from "@/components/ui/card";
import { IMPORT_TARGETS } from "@/domain/import/import-targets";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { loadImportJob } from "@/server/imports/load-import-job";
import { previewImport } from "@/server/imports/preview-import";
import { CommitForm, MappingForm } from "./import-forms";
import { importFields } from "./import-fields";
import { ImportResult } from "./import-result";
import { ImportErrorsTable } from "./import-errors-table";
import { ImportPreview } from "./import-preview";

export default async function ImportJobPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const job = await orNotFound(loadImportJob(ctx, id));
  const target = IMPORT_TARGETS[job.target];
  const ti = await getTranslations("imports");
  const definitions = target.customFields ? await listFieldDefinitions(ctx) : [];
  const { fields, fieldName } = await importFields(job.target, definitions);

  if (job.status === "COMMITTED") {
    return (
      <>
        <PageHeader title={job.fileName} subtitle={ti("statuses.COMMITTED")} />
        <ImportResult slug={slug} job={job} />
        {job.errors.length > 0 && <ImportErrorsTable errors={job.errors} fieldName={fieldName} />}
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
      <ImportPreview job={job} rows={preview} fieldName={fieldName} />
      <CommitForm slug={slug} id={id} rowCount={job.rowCount} />
    </>
  );
}
