import { tenantRoute } from "@/server/actions/tenant-route";
import { lookupCounterparties, lookupCounterpartiesInput } from "@/server/counterparties/lookup-counterparties";

export const GET = tenantRoute(
  { name: "lookupCounterparties", permission: "counterparty.read", query: lookupCounterpartiesInput },
  async (ctx, query) => Response.json(await lookupCounterparties(ctx, query)),
);
