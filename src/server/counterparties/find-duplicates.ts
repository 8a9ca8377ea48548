import "server-only";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import { type TenantContext, viewerOf } from "@/server/tenant-context";

export interface DuplicateCandidate {
  /** Null for a client the user may not see (`managerVisibility = OWN`): he learns only that one matches. */
  id: string | null;
  name: string | null;
  reason: "taxId" | "phone" | "email" | "name";
}

/**
 * Counterparties that are likely the same client: same ИНН, phone or e-mail, or a trigram-similar name. A client the
 * user may not see is named as "another manager's client", without its name or id.
 */
export async function findDuplicates(
  ctx: TenantContext,
  probe: { name: string; taxId?: string | null; phones?: string[]; emails?: string[]; excludeId?: string },
): Promise<DuplicateCandidate[]> {
  const tenantId = ctx.tenant.id;
  const contacts = [
    ...(probe.phones ?? []).map((p) => normalizeContactValue("PHONE", p)),
    ...(probe.emails ?? []).map((e) => normalizeContactValue("EMAIL", e)),
  ].filter((v): v is string => !!v);
  const exclude = probe.excludeId ?? "";
  const found = await db().$queryRaw<
    (DuplicateCandidate & { id: string; name: string; responsibleUserId: string | null })[]
  >`
    SELECT DISTINCT ON (id) id, name, reason, "responsibleUserId" FROM (
      SELECT c."id", c."name", c."responsibleUserId", 'taxId' AS reason, 0 AS rank FROM "Counterparty" c
       WHERE c."tenantId" = ${tenantId} AND ${probe.taxId ?? null}::text IS NOT NULL AND c."taxId" = ${probe.taxId ?? null}
      UNION ALL
      SELECT c."id", c."name", c."responsibleUserId", CASE ci."type" WHEN 'PHONE' THEN 'phone' ELSE 'email' END, 1
        FROM "ContactInfo" ci
        JOIN "Counterparty" c ON c."tenantId" = ci."tenantId" AND c."id" = ci."counterpartyId"
       WHERE ci."tenantId" = ${tenantId} AND ci."type" IN ('PHONE', 'EMAIL')
         AND ci."normalized" = ANY(${contacts.length ? contacts : [""]}::text[])
      UNION ALL
      SELECT c."id", c."name", c."responsibleUserId", 'name', 2 FROM "Counterparty" c
       WHERE c."tenantId" = ${tenantId} AND c."name" % ${probe.name} AND similarity(c."name", ${probe.name}) > 0.45
    ) found
    WHERE id <> ${exclude}
    ORDER BY id, rank
    LIMIT 10`;
  const viewer = viewerOf(ctx);
  return found
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ id, name, reason, responsibleUserId }) =>
      canSeeCounterparty(viewer, responsibleUserId) ? { id, name, reason } : { id: null, name: null, reason },
    );
}
