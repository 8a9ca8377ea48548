import "server-only";
import { z } from "zod";
import { parseListQuery } from "@/domain/counterparties/list-query";
import type { TenantContext } from "@/server/tenant-context";
import { searchCounterparties } from "./search-counterparties";

export const lookupCounterpartiesInput = z.object({ q: z.string().trim().min(1).max(200) });

/** The few best matches for a picker (moving a person, choosing a client for an order). */
export async function lookupCounterparties(ctx: TenantContext, input: z.infer<typeof lookupCounterpartiesInput>) {
  const { rows } = await searchCounterparties(ctx, parseListQuery({ q: input.q, size: "25" }));
  return rows.slice(0, 10).map((r) => ({ id: r.id, name: r.name, taxId: r.taxId }));
}
