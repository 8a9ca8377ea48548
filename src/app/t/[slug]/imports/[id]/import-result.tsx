import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { IMPORT_LIST_PATH } from "@/domain/import/import-targets";
import type { LoadedImportJob } from "@/server/imports/load-import-job";

export async function ImportResult({ slug, job }: { slug: string; job: LoadedImportJob }) {
  const [t, ti] = await Promise.all([getTranslations(), getTranslations("imports")]);
  const errorRows = new Set(job.errors.map((e) => e.row)).size;
  const listPath = IMPORT_LIST_PATH[job.target];
  return (
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
          <a className={buttonClass("secondary")} href={`/t/${slug}/imports/${job.id}/errors`} download>
            {ti("downloadErrors")}
          </a>
        )}
      </div>
    </Card>
  );
}
