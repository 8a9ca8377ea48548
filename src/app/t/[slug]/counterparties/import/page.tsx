import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { listImportJobs } from "@/server/imports/list-import-jobs";
import { UploadForm } from "./upload-form";

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.import");
  const [t, format, jobs] = await Promise.all([getTranslations("imports"), getFormatter(), listImportJobs(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <Card className="mb-6">
        <UploadForm slug={slug} />
      </Card>
      {jobs.length > 0 && (
        <Table head={[t("fileName"), t("rows"), t("status"), t("uploadedAt")]}>
          {jobs.map((job) => (
            <tr key={job.id}>
              <Td>
                <Link className="text-brand-700 hover:underline" href={`/t/${slug}/counterparties/import/${job.id}`}>
                  {job.fileName}
                </Link>
              </Td>
              <Td>{job.rowCount}</Td>
              <Td>{t(`statuses.${job.status}`)}</Td>
              <Td>{format.dateTime(job.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: ctx.tenant.timeZone })}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
