import { runTenantRoute } from "@/server/actions/route-handler";
import { lookupCounterparties, lookupCounterpartiesInput } from "@/server/counterparties/lookup-counterparties";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runTenantRoute(
    request,
    slug,
    { name: "lookupCounterparties", permission: "counterparty.read", input: lookupCounterpartiesInput },
    lookupCounterparties,
  );
}
