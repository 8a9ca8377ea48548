import "server-only";
import { z } from "zod";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { parseListQuery } from "@/domain/counterparties/list-query";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { searchCounterparties } from "./search-counterparties";

export const lookupCounterpartiesInput = z.object({ q: z.string().trim().min(1).max(200) });

/** The few best matches for a picker (moving a person, choosing a client for an order), with their current people. */
export async function lookupCounterparties(ctx: TenantContext, input: z.infer<typeof lookupCounterpartiesInput>) {
  const { rows } = await searchCounterparties(ctx, parseListQuery({ q: input.q, size: "25" }), { count: "none" });
  const found = rows.slice(0, 10);
  const employments = await db().employment.findMany({
    where: { tenantId: ctx.tenant.id, counterpartyId: { in: found.map((r) => r.id) }, endedOn: null },
    select: {
      counterpartyId: true,
      contactPerson: { select: { id: true, lastName: true, firstName: true, middleName: true } },
    },
    take: 200,
  });
  return found.map((r) => ({
    id: r.id,
    label: r.name,
    hint: r.taxId,
    persons: employments
      .filter((e) => e.counterpartyId === r.id)
      .map((e) => ({ id: e.contactPerson.id, name: fullName(e.contactPerson) })),
  }));
}
