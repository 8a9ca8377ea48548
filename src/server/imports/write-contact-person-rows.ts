import "server-only";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { uuidv7 } from "@/domain/ids";
import type { ImportedContactPerson } from "@/domain/import/contact-person-import-fields";
import type { ImportRowError } from "@/domain/import/import-target";
import type { Tx } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import type { MappedRow } from "./map-import-rows";

const BATCH = 1000;

/**
 * Writes the valid rows of a contact-person file. Each row's company is found by ИНН, else by its exact name
 * (case aside); a row whose company is not found, or is ambiguous, is reported and not written.
 */
export async function writeContactPersonRows(
  tx: Tx,
  ctx: TenantContext,
  duplicateMode: string,
  valid: MappedRow<ImportedContactPerson>[],
) {
  const tenantId = ctx.tenant.id;
  const taxIds = [...new Set(valid.map((r) => r.value.company.taxId).filter((v): v is string => !!v))];
  const names = [...new Set(valid.map((r) => r.value.company.name?.toLowerCase()).filter((v): v is string => !!v))];
  const [byTaxId, byName] = await Promise.all([
    tx.$queryRaw<
      { key: string; id: string }[]
    >`SELECT "taxId" AS key, "id" FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "taxId" = ANY(${taxIds}::text[])`,
    tx.$queryRaw<
      { key: string; id: string }[]
    >`SELECT lower("name") AS key, "id" FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND lower("name") = ANY(${names}::text[])`,
  ]);
  const index = (rows: { key: string; id: string }[]) => {
    const found = new Map<string, string | null>();
    for (const r of rows) found.set(r.key, found.has(r.key) ? null : r.id); // null: more than one
    return found;
  };
  const taxIndex = index(byTaxId);
  const nameIndex = index(byName);
  const errors: ImportRowError[] = [];
  const resolved: (MappedRow<ImportedContactPerson> & { counterpartyId: string })[] = [];
  for (const r of valid) {
    const { taxId, name } = r.value.company;
    const id = (taxId && taxIndex.get(taxId)) ?? (name ? nameIndex.get(name.toLowerCase()) : undefined);
    if (id) resolved.push({ ...r, counterpartyId: id });
    else
      errors.push({
        row: r.row,
        field: taxId ? "companyTaxId" : "companyName",
        message: id === null ? "validation.companyAmbiguous" : "validation.companyNotFound",
      });
  }

  const existing =
    duplicateMode === "CREATE"
      ? []
      : await tx.employment.findMany({
          where: {
            tenantId,
            endedOn: null,
            counterpartyId: { in: [...new Set(resolved.map((r) => r.counterpartyId))] },
          },
          select: { counterpartyId: true, contactPerson: { select: { lastName: true, firstName: true } } },
        });
  const known = new Set(
    existing.map(
      (e) => `${e.counterpartyId}|${e.contactPerson.lastName.toLowerCase()}|${e.contactPerson.firstName.toLowerCase()}`,
    ),
  );
  const fresh = resolved.filter(
    (r) => !known.has(`${r.counterpartyId}|${r.value.lastName.toLowerCase()}|${r.value.firstName.toLowerCase()}`),
  );

  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH).map((r) => ({ ...r, id: uuidv7() }));
    await tx.contactPerson.createMany({
      data: batch.map(({ id, value: { company: _c, contacts: _k, customFields: _f, ...person } }) => ({
        ...person,
        tenantId,
        id,
      })),
    });
    await tx.employment.createMany({
      data: batch.map((r) => ({
        tenantId,
        contactPersonId: r.id,
        counterpartyId: r.counterpartyId,
        position: r.value.position,
      })),
    });
    await tx.contactInfo.createMany({
      data: batch.flatMap((r) =>
        r.value.contacts.map((c) => ({
          tenantId,
          contactPersonId: r.id,
          type: c.type,
          value: c.value,
          normalized: normalizeContactValue(c.type, c.value),
          isPrimary: true,
        })),
      ),
    });
  }
  return { createdCount: fresh.length, updatedCount: 0, skippedCount: resolved.length - fresh.length, errors };
}
