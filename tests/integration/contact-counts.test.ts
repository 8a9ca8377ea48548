import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { createContactPerson, createCounterparty, createTenantWithUser } from "@tests/factories";

/** What the kept counts must equal: a recount from the contacts and the employments themselves. */
async function recount(tenantId: string) {
  return unsafeDb().$queryRaw<
    { counterpartyId: string; phones: number; emails: number; addresses: number; currentEmployees: number }[]
  >`
    SELECT c."id" AS "counterpartyId",
           (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'PHONE')::int AS phones,
           (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'EMAIL')::int AS emails,
           (SELECT count(*) FROM "ContactInfo" i WHERE i."tenantId" = c."tenantId" AND i."counterpartyId" = c."id" AND i."type" = 'ADDRESS')::int AS addresses,
           (SELECT count(*) FROM "Employment" e WHERE e."tenantId" = c."tenantId" AND e."counterpartyId" = c."id" AND e."endedOn" IS NULL)::int AS "currentEmployees"
    FROM "Counterparty" c WHERE c."tenantId" = ${tenantId} ORDER BY c."id"`;
}

async function kept(tenantId: string) {
  const ids = (
    await unsafeDb().counterparty.findMany({ where: { tenantId }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((c) => c.id);
  const rows = await unsafeDb().counterpartyContactCounts.findMany({
    where: { tenantId, counterpartyId: { in: ids } },
  });
  const zero = { phones: 0, emails: 0, addresses: 0, currentEmployees: 0 };
  return ids.map((id) => {
    const { phones, emails, addresses, currentEmployees } = rows.find((r) => r.counterpartyId === id) ?? zero;
    return { counterpartyId: id, phones, emails, addresses, currentEmployees };
  });
}

describe("contact counts kept for the completeness KPI (ADR 0016)", () => {
  it("follow every write of contacts and employments: added, retyped, moved, ended, merged away and deleted", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const tenantId = t.tenant.id;
    const a = await createCounterparty(unsafeDb(), tenantId, { phone: "+7 495 100-00-01", email: "a@example.test" });
    const b = await createCounterparty(unsafeDb(), tenantId, { phone: "+7 495 100-00-02" });
    await unsafeDb().contactInfo.create({
      data: { tenantId, counterpartyId: b.id, type: "ADDRESS", value: "Москва", normalized: "москва" },
    });
    const person = await createContactPerson(unsafeDb(), tenantId, a.id, { phone: "+7 916 000-00-01" });
    await createContactPerson(unsafeDb(), tenantId, b.id);
    expect(await kept(tenantId)).toEqual(await recount(tenantId));

    // A phone retyped as an address, an employment ended, contacts and people moved from b to a, b deleted.
    const phone = await unsafeDb().contactInfo.findFirstOrThrow({
      where: { tenantId, counterpartyId: a.id, type: "PHONE" },
    });
    await unsafeDb().contactInfo.update({
      where: { tenantId_id: { tenantId, id: phone.id } },
      data: { type: "ADDRESS" },
    });
    await unsafeDb().employment.updateMany({
      where: { tenantId, contactPersonId: person.id },
      data: { endedOn: new Date("2026-11-01T00:00:00Z") },
    });
    expect(await kept(tenantId)).toEqual(await recount(tenantId));
    await unsafeDb().contactInfo.updateMany({
      where: { tenantId, counterpartyId: b.id },
      data: { counterpartyId: a.id },
    });
    await unsafeDb().employment.updateMany({
      where: { tenantId, counterpartyId: b.id },
      data: { counterpartyId: a.id },
    });
    await unsafeDb().counterparty.delete({ where: { tenantId_id: { tenantId, id: b.id } } });
    expect(await kept(tenantId)).toEqual(await recount(tenantId));
    expect((await kept(tenantId))[0]).toMatchObject({ phones: 1, emails: 1, addresses: 2, currentEmployees: 1 });

    // Deleting a counterparty with its contacts (cascaded) leaves nothing counted for it.
    await unsafeDb().counterparty.delete({ where: { tenantId_id: { tenantId, id: a.id } } });
    expect(
      await unsafeDb().counterpartyContactCounts.findMany({
        where: {
          tenantId,
          OR: [
            { phones: { not: 0 } },
            { emails: { not: 0 } },
            { addresses: { not: 0 } },
            { currentEmployees: { not: 0 } },
          ],
        },
      }),
    ).toEqual([]);
  });
});
