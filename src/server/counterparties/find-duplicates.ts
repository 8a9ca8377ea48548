import "server-only";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { db } from "@/server/db";

export interface DuplicateCandidate {
  id: string;
  name: string;
  reason: "taxId" | "phone" | "email" | "name";
}

/** Counterparties that are likely the same client: same ИНН, phone or e-mail, or a trigram-similar name. */
export async function findDuplicates(
  tenantId: string,
  probe: { name: string; taxId?: string | null; phones?: string[]; emails?: string[]; excludeId?: string },
): Promise<DuplicateCandidate[]> {
  const contacts = [
    ...(probe.phones ?? []).map((p) => normalizeContactValue("PHONE", p)),
    ...(probe.emails ?? []).map((e) => normalizeContactValue("EMAIL", e)),
  ].filter((v): v is string => !!v);
  const exclude = probe.excludeId ?? "";
  return db().$queryRaw<DuplicateCandidate[]>`
    SELECT DISTINCT ON (id) id, name, reason FROM (
      SELECT c."id", c."name", 'taxId' AS reason, 0 AS rank FROM "Counterparty" c
       WHERE c."tenantId" = ${tenantId} AND ${probe.taxId ?? null}::text IS NOT NULL AND c."taxId" = ${probe.taxId ?? null}
      UNION ALL
      SELECT c."id", c."name", CASE ci."type" WHEN 'PHONE' THEN 'phone' ELSE 'email' END, 1 FROM "ContactInfo" ci
        JOIN "Counterparty" c ON c."tenantId" = ci."tenantId" AND c."id" = ci."counterpartyId"
       WHERE ci."tenantId" = ${tenantId} AND ci."type" IN ('PHONE', 'EMAIL')
         AND ci."normalized" = ANY(${contacts.length ? contacts : [""]}::text[])
      UNION ALL
      SELECT c."id", c."name", 'name', 2 FROM "Counterparty" c
       WHERE c."tenantId" = ${tenantId} AND c."name" % ${probe.name} AND similarity(c."name", ${probe.name}) > 0.45
    ) found
    WHERE id <> ${exclude}
    ORDER BY id, rank
    LIMIT 10`.then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)));
}
