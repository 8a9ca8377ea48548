import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { uuidv7 } from "@/domain/ids";
import type { ImportedCounterparty } from "@/domain/import/counterparty-import-fields";
import type { Tx } from "@/server/db";
import { bulkInsert } from "@/server/db/bulk-insert";
import type { TenantContext } from "@/server/tenant-context";
import type { MappedRow } from "./map-import-rows";

type CounterpartyRow = MappedRow<ImportedCounterparty>;
const BATCH = 5000;

const text = (name: string) => ({ name, type: "text" });
const flag = (name: string) => ({ name, type: "boolean" });
const stamp = { name: "updatedAt", type: "timestamp(3)" };
const COUNTERPARTY_COLUMNS = [
  text("tenantId"),
  text("id"),
  { name: "kind", type: '"CounterpartyKind"' },
  text("name"),
  text("legalName"),
  text("taxId"),
  text("kpp"),
  flag("isCustomer"),
  flag("isSupplier"),
  flag("isPartner"),
  flag("isCompetitor"),
  flag("isOther"),
  text("sourceId"),
  text("notes"),
  { name: "customFields", type: "jsonb" },
  text("responsibleUserId"),
  text("createdByUserId"),
  text("updatedByUserId"),
  stamp,
];
const PERSON_COLUMNS = [text("tenantId"), text("id"), text("lastName"), text("firstName"), text("position"), stamp];
const EMPLOYMENT_COLUMNS = [
  text("tenantId"),
  text("id"),
  text("contactPersonId"),
  text("counterpartyId"),
  text("position"),
  stamp,
];
const CONTACT_COLUMNS = [
  text("tenantId"),
  text("id"),
  text("counterpartyId"),
  text("contactPersonId"),
  { name: "type", type: '"ContactInfoType"' },
  text("value"),
  text("normalized"),
  flag("isPrimary"),
  { name: "position", type: "integer" },
  stamp,
];

/** Existing counterparties that rows match by ИНН, phone or e-mail (one query each, in SQL). */
async function findExisting(tx: Tx, tenantId: string, rows: CounterpartyRow[]): Promise<Map<number, string>> {
  const taxIds = [...new Set(rows.map((r) => r.value.taxId).filter((v): v is string => !!v))];
  const contacts = [
    ...new Set(
      rows.flatMap((r) =>
        r.value.contacts
          .filter((c) => c.type === "PHONE" || c.type === "EMAIL")
          .map((c) => normalizeContactValue(c.type, c.value)!),
      ),
    ),
  ];
  const [byTaxId, byContact] = await Promise.all([
    tx.$queryRaw<
      { taxId: string; id: string }[]
    >`SELECT "taxId", "id" FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "taxId" = ANY(${taxIds}::text[])`,
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

function contactRows(
  tenantId: string,
  owner: { counterpartyId: string } | { contactPersonId: string },
  contacts: { type: ImportRowContact; value: string }[],
) {
  return contacts.map((c, position) => ({
    tenantId,
    ...owner,
    type: c.type,
    value: c.value,
    normalized: normalizeContactValue(c.type, c.value),
    isPrimary: position === contacts.findIndex((x) => x.type === c.type),
    position,
  }));
}
type ImportRowContact = "PHONE" | "EMAIL" | "ADDRESS" | "WEBSITE";

/** Writes the valid rows of a counterparty file: skip, update or create where a row matches an existing client. */
export async function writeCounterpartyRows(
  tx: Tx,
  ctx: TenantContext,
  duplicateMode: string,
  valid: CounterpartyRow[],
) {
  const tenantId = ctx.tenant.id;
  const now = new Date();
  const matches = duplicateMode === "CREATE" ? new Map<number, string>() : await findExisting(tx, tenantId, valid);
  const fresh = valid.filter((r) => !matches.has(r.row));
  const matched = valid.filter((r) => matches.has(r.row));

  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh
      .slice(i, i + BATCH)
      .map((r) => ({ ...r, id: uuidv7(), personId: r.value.person ? uuidv7() : null }));
    await bulkInsert(
      tx,
      "Counterparty",
      COUNTERPARTY_COLUMNS,
      batch.map(({ id, value: v }) => [
        tenantId,
        id,
        v.kind,
        v.name,
        v.legalName,
        v.taxId,
        v.kpp,
        v.isCustomer,
        v.isSupplier,
        v.isPartner,
        v.isCompetitor,
        v.isOther,
        v.sourceId,
        v.notes,
        JSON.stringify(v.customFields),
        ctx.user.id,
        ctx.user.id,
        ctx.user.id,
        now,
      ]),
    );
    const withPeople = batch.filter((r) => r.personId && r.value.person);
    await bulkInsert(
      tx,
      "ContactPerson",
      PERSON_COLUMNS,
      withPeople.map((r) => [
        tenantId,
        r.personId,
        r.value.person!.lastName,
        r.value.person!.firstName,
        r.value.person!.position,
        now,
      ]),
    );
    await bulkInsert(
      tx,
      "Employment",
      EMPLOYMENT_COLUMNS,
      withPeople.map((r) => [tenantId, uuidv7(), r.personId, r.id, r.value.person!.position, now]),
    );
    const contacts = batch.flatMap((r) => [
      ...contactRows(tenantId, { counterpartyId: r.id }, r.value.contacts),
      ...(r.personId && r.value.person
        ? contactRows(tenantId, { contactPersonId: r.personId }, r.value.person.contacts)
        : []),
    ]);
    await bulkInsert(
      tx,
      "ContactInfo",
      CONTACT_COLUMNS,
      contacts.map((c) => [
        c.tenantId,
        uuidv7(),
        "counterpartyId" in c ? c.counterpartyId : null,
        "contactPersonId" in c ? c.contactPersonId : null,
        c.type,
        c.value,
        c.normalized,
        c.isPrimary,
        c.position,
        now,
      ]),
    );
  }
  if (duplicateMode === "UPDATE") {
    for (const r of matched) {
      const {
        contacts: _c,
        person: _p,
        kind: _k,
        isCustomer: _i,
        isSupplier: _s,
        isPartner: _pa,
        isCompetitor: _co,
        isOther: _o,
        customFields,
        ...requisites
      } = r.value;
      const present = Object.fromEntries(
        Object.entries(requisites).filter(([, v]) => v !== null && v !== undefined),
      ) as Prisma.CounterpartyUpdateManyMutationInput;
      const id = matches.get(r.row)!;
      await tx.counterparty.updateMany({
        where: { tenantId, id },
        data: { ...present, version: { increment: 1 }, updatedByUserId: ctx.user.id },
      });
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
