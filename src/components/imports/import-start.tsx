import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportTargetName } from "@/domain/import/import-targets";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ImportUploadForm } from "@/components/forms/import-upload-form";
import { listImportJobs } from "@/server/imports/list-import-jobs";
import type { TenantContext } from "@/server/tenant-context";

/** The first page of an import: upload a file, or reopen one of the last imports of the same kind. */
export async function ImportStart({
  ctx,
  slug,
  target,
}: {
  ctx: TenantContext;
  slug: string;
  target: ImportTargetName;
}) {
  const [t, format, jobs] = await Promise.all([
    getTranslations("imports"),
    getFormatter(),
    listImportJobs(ctx, target),
  ]);
  return (
    <>
      <PageHeader title={t(`titles.${target}`)} subtitle={t(`intros.${target}`)} />
      <Card className="mb-6">
        <ImportUploadForm slug={slug} target={target} />
      </Card>
      {jobs.length > 0 && (
        <Table head={[t("fileName"), t("rows"), t("status"), t("uploadedAt")]}>
          {jobs.map((job) => (
            <tr key={job.id}>
              <Td>
                <Link className="text-brand-700 hover:underline" href={`/t/${slug}/imports/${job.id}`}>
                  {job.fileName}
                </Link>
              </Td>
              <Td>{job.rowCount}</Td>
              <Td>{t(`statuses.${job.status}`)}</Td>
              <Td>
                {format.dateTime(job.createdAt, {
                  dateStyle: "short",
                  timeStyle: "short",
                  timeZone: ctx.tenant.timeZone,
                })}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
