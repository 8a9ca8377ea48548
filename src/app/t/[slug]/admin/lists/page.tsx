import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { listFailureReasons } from "@/server/failure-reasons/list-failure-reasons";
import { FailureReasonForm } from "./failure-reason-form";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.lists"))("title") };
}

/** The tenant's reference lists that the admin keeps (SPEC §1.3): reasons for lost orders. */
export default async function ListsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "lists.manage");
  const [t, reasons] = await Promise.all([
    getTranslations("admin.lists"),
    listFailureReasons(ctx.tenant.id, { includeArchived: true }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Card title={t("failureReasons")}>
        <p className="mb-4 text-sm text-slate-500">{t("failureReasonsHint")}</p>
        <ul className="mb-6 space-y-3">
          {reasons.map((r) => (
            <li key={r.id}>
              <FailureReasonForm slug={slug} reason={r} />
            </li>
          ))}
        </ul>
        <FailureReasonForm slug={slug} />
      </Card>
    </>
  );
}
