import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { REPORTS } from "@/domain/reports/report-filters";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

const KEY = {
  contacts: "contacts",
  interactions: "interactions",
  sources: "sources",
  "failed-orders": "failedOrders",
} as const;

/** SPEC §7.4: the analytic reports, each with a line on what it shows. */
export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePagePermission(slug, "reports.read");
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ul className="grid gap-4 md:grid-cols-2" data-testid="report-index">
        {REPORTS.map((report) => (
          <li key={report}>
            <Link
              href={`/t/${slug}/analytics/reports/${report}`}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-500 hover:bg-brand-50/40"
            >
              <h2 className="font-semibold text-brand-700">{t(`${KEY[report]}.title`)}</h2>
              <p className="mt-1 text-sm text-slate-600">{t(`${KEY[report]}.description`)}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
