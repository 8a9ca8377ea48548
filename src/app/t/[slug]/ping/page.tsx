import { getPageContext } from "@/server/page-context";

/**
 * The cheapest page of the app: session, membership and tenant (one row), rendered in the layout like any page.
 * The benchmark measures every page against it (docs/performance.md).
 */
export default async function PingPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getPageContext((await params).slug);
  return <p data-testid="ping">{ctx.tenant.name}</p>;
}
