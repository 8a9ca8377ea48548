import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { uuidv7 } from "@/domain/ids";
import type { ImportedCounterparty } from "@/domain/import/counterparty-import-fields";
import type { Tx } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import type { MappedRow } from "./map-import-rows";

type CounterpartyRow = MappedRow<ImportedCounterparty>;
const BATCH = 1000;

/** Existing counterparties that rows match by ИНН, phone or e-mail (one query each, in SQL). */
async function findExisting(tx: Tx, tenantId: string, rows: CounterpartyRow[]): Promise<Map<number, string>> {
  const taxIds = [...new Set(rows.map((r) => r.value.taxId).filter((v): v is string => !!v))];
  const contacts = [...new Set(rows.flatMap((r) => r.value.contacts.filter((c) => c.type === "PHONE" || c.type === "EMAIL").map((c) => normalizeContactValue(c.type, c.value)!)))];
  const [byTaxId, byContact] = await Promise.all([
    tx.$queryRaw<{ taxId: string; id: string }[]>`SELECT "taxId", "id" FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "taxId" = ANY(${taxIds}::text[])`,
    tx.$queryRaw<{ normalized: string; id: string }[]>`
      SELECT "normalized", "counterpartyId" AS "id" FROM "ContactInfo"
       WHERE "tenantId" = ${tenantId} AND "counterpartyId" IS NOT NULL AND "type" IN ('PHONE', 'EMAIL') AND "normalized" = ANY(${contacts}::text[])`,
  ]);
  const taxIndex = new Map(byTaxId.map((r) => [r.taxId, r.id]));
  const contactIndex = new Map(byContact.map((r) => [r.normalized, r.id]));
  const matches = new Map<number, string>();
  for (const r of rows) {
    const found =
      (r.value.taxId && taxIndex.get(r.value.taxId)) ||
      r.value.contacts.map((c) => contactIndex.get(normalizeContactValue(c.type, c.value) ?? "")).find(Boolean);
    if (found) matches.set(r.row, found);
  }
  return matches;
}

function contactRows(tenantId: string, owner: { counterpartyId: string } | { contactPersonId: string }, contacts: { type: ImportRowContact; value: string }[]) {
  return contacts.map((c, position) => ({ tenantId, ...owner, type: c.type, value: c.value, normalized: normalizeContactValue(c.type, c.value), isPrimary: position === contacts.findIndex((x) => x.type === c.type), position }));
}
type ImportRowContact = "PHONE" | "EMAIL" | "ADDRESS" | "WEBSITE";

/** Writes the valid rows of a counterparty file: skip, update or create where a row matches an existing client. */
export async function writeCounterpartyRows(tx: Tx, ctx: TenantContext, duplicateMode: string, valid: CounterpartyRow[]) {
  const tenantId = ctx.tenant.id;
  const matches = duplicateMode === "CREATE" ? new Map<number, string>() : await findExisting(tx, tenantId, valid);
  const fresh = valid.filter((r) => !matches.has(r.row));
  const matched = valid.filter((r) => matches.has(r.row));

  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH).map((r) => ({ ...r, id: uuidv7(), personId: r.value.person ? uuidv7() : null }));
    await tx.counterparty.createMany({
      data: batch.map(({ id, value: { contacts: _c, person: _p, customFields, ...requisites } }) => ({
        ...requisites,
        customFields: customFields as Prisma.InputJsonValue,
        tenantId,
        id,
        responsibleUserId: ctx.user.id,
        createdByUserId: ctx.user.id,
        updatedByUserId: ctx.user.id,
      })),
    });
    const withPeople = batch.filter((r) => r.personId && r.value.person);
    await tx.contactPerson.createMany({
      data: withPeople.map((r) => ({ tenantId, id: r.personId!, lastName: r.value.person!.lastName, firstName: r.value.person!.firstName, position: r.value.person!.position })),
    });
    await tx.employment.createMany({
      data: withPeople.map((r) => ({ tenantId, contactPersonId: r.personId!, counterpartyId: r.id, position: r.value.person!.position })),
    });
    await tx.contactInfo.createMany({
      data: batch.flatMap((r) => [
        ...contactRows(tenantId, { counterpartyId: r.id }, r.value.contacts),
        ...(r.personId && r.value.person ? contactRows(tenantId, { contactPersonId: r.personId }, r.value.person.contacts) : []),
      ]),
    });
  }
  if (duplicateMode === "UPDATE") {
    for (const r of matched) {
      const { contacts: _c, person: _p, kind: _k, isCustomer: _i, isSupplier: _s, isPartner: _pa, isCompetitor: _co, isOther: _o, customFields, ...requisites } = r.value;
      const present = Object.fromEntries(Object.entries(requisites).filter(([, v]) => v !== null && v !== undefined)) as Prisma.CounterpartyUpdateManyMutationInput;
      const id = matches.get(r.row)!;
      await tx.counterparty.updateMany({ where: { tenantId, id }, data: { ...present, version: { increment: 1 }, updatedByUserId: ctx.user.id } });
      if (Object.keys(customFields).length) {
        await tx.$executeRaw`UPDATE "Counterparty" SET "customFields" = "customFields" || ${JSON.stringify(customFields)}::jsonb WHERE "tenantId" = ${tenantId} AND "id" = ${id}`;
      }
    }
  }
  return {
    createdCount: fresh.length,
    updatedCount: duplicateMode === "UPDATE" ? matched.length : 0,
    skippedCount: duplicateMode === "SKIP" ? matched.length : 0,
  };
}
