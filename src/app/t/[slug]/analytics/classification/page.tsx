import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { readClassificationParameters } from "@/domain/classification/parameters";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { classificationReport } from "@/server/classification/classification-report";
import { RunClassificationForm } from "./run-form";
import { ParametersForm } from "./parameters-form";
import { AbcXyzMatrix } from "./abc-xyz-matrix";
import { StageCounts } from "./stage-counts";
import { LastRunChanges } from "./last-run-changes";
import { LoyaltyDynamics } from "./loyalty-dynamics";
import { RunHistory } from "./run-history";

export async function generateMetadata() {
  return { title: (await getTranslations("classification"))("title") };
}

/** SPEC §6.6: the ABC × XYZ matrix with stages beside it, what the last run changed, the runs, and loyalty dynamics. */
export default async function ClassificationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "classification.read");
  const [t, format, report] = await Promise.all([
    getTranslations("classification"),
    getFormatter(),
    classificationReport(ctx),
  ]);
  const { latest, previousCounts } = report;
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone });

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          latest
            ? t("lastRun", { when: when(latest.startedAt), seconds: (latest.durationMs / 1000).toFixed(1) })
            : t("neverRun")
        }
        actions={can(ctx.role, "classification.run") && <RunClassificationForm slug={slug} />}
      />
      {latest?.noSales && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("noSales")}
        </p>
      )}
      {latest && (
        <div className="grid gap-6 lg:grid-cols-[3fr_1fr]">
          <AbcXyzMatrix slug={slug} counts={latest.counts} previous={previousCounts} currency={ctx.tenant.currency} />
          <StageCounts slug={slug} stages={latest.counts.stages} previous={previousCounts?.stages} />
        </div>
      )}
      {latest && <LastRunChanges slug={slug} changes={report.changes} count={report.changeCount} />}
      <LoyaltyDynamics dynamics={report.dynamics} asOf={report.dynamicsAsOf} when={when} />
      <RunHistory runs={report.runs} when={when} />
      {can(ctx.role, "classification.run") && (
        <Card title={t("parameters.title")} className="mt-6">
          <ParametersForm
            slug={slug}
            values={readClassificationParameters(
              (ctx.tenant.settings as { classification?: unknown } | null)?.classification,
            )}
          />
        </Card>
      )}
    </>
  );
}
