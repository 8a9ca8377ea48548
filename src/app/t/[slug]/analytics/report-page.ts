import { requirePagePermission } from "@/server/page-context";

/** What Next hands an analytics report page: the tenant's slug and the page's query string. */
export interface ReportPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** A report page's reader (a director or admin: "reports.read"), its tenant's slug and the query string. */
export async function reportPageContext({ params, searchParams }: ReportPageProps) {
  const { slug } = await params;
  const [ctx, search] = await Promise.all([requirePagePermission(slug, "reports.read"), searchParams]);
  return { slug, ctx, search };
}
