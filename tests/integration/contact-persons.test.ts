import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { createContactPerson, createContactPersonInput } from "@/server/contact-persons/create-contact-person";
import { moveContactPerson, moveContactPersonInput } from "@/server/contact-persons/move-contact-person";
import { addContactInfo, addContactInfoInput } from "@/server/contact-info/add-contact-info";
import { removeContactInfo, removeContactInfoInput } from "@/server/contact-info/remove-contact-info";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { resolveTenantContext } from "@/server/tenant-context";
import { createContactPerson as makePerson, createCounterparty, createTenantWithUser } from "@tests/factories";

const personDef = {
  name: "createContactPerson",
  permission: "counterparty.update",
  input: createContactPersonInput,
} as const;
const moveDef = {
  name: "moveContactPerson",
  permission: "counterparty.update",
  input: moveContactPersonInput,
} as const;
const addDef = { name: "addContactInfo", permission: "counterparty.update", input: addContactInfoInput } as const;
const removeDef = {
  name: "removeContactInfo",
  permission: "counterparty.update",
  input: removeContactInfoInput,
} as const;

describe("contact persons", () => {
  it("adds a person with phone and e-mail, and validates the form", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const company = await createCounterparty(unsafeDb(), t.tenant.id);
    const bad = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      personDef,
      { counterpartyId: company.id, lastName: "", firstName: "Анна", birthday: "2999-01-01", remindDaysBefore: "500" },
      createContactPerson,
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        lastName: "Обязательное поле",
        birthday: "День рождения не может быть в будущем",
        remindDaysBefore: "Значение вне допустимого диапазона",
      },
    });
    const good = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      personDef,
      {
        counterpartyId: company.id,
        lastName: "Петрова",
        firstName: "Анна",
        phone: "8 916 000-00-01",
        email: "Anna@X.example",
        birthday: "1985-03-08",
        remindDaysBefore: "3",
      },
      createContactPerson,
    );
    expect(good.ok).toBe(true);
    const person = await unsafeDb().contactPerson.findFirstOrThrow({
      where: { tenantId: t.tenant.id },
      include: { contactInfo: true },
    });
    expect(person).toMatchObject({ lastName: "Петрова", remindDaysBefore: 3 });
    expect(person.contactInfo.map((c) => c.normalized).sort()).toEqual(["79160000001", "anna@x.example"]);
  });

  it("moves a person to another company: both cards show the person, the old one as a former employee", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const a = await createCounterparty(unsafeDb(), t.tenant.id, { name: "A" });
    const b = await createCounterparty(unsafeDb(), t.tenant.id, { name: "B" });
    const person = await makePerson(unsafeDb(), t.tenant.id, a.id, { lastName: "Орлов" });
    const moved = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      moveDef,
      { contactPersonId: person.id, fromCounterpartyId: a.id, toCounterpartyId: b.id, position: "CEO" },
      moveContactPerson,
    );
    expect(moved.ok).toBe(true);
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
    const cardA = await getCounterpartyCard(ctx, a.id);
    const cardB = await getCounterpartyCard(ctx, b.id);
    expect(cardA.counterparty.employments).toHaveLength(1);
    expect(cardA.counterparty.employments[0]!.endedOn).not.toBeNull();
    expect(cardA.counterparty.employments[0]!.contactPerson.employments[0]!.counterparty.name).toBe("B");
    expect(cardB.counterparty.employments[0]).toMatchObject({ endedOn: null, position: "CEO" });
    const again = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      moveDef,
      { contactPersonId: person.id, fromCounterpartyId: a.id, toCounterpartyId: b.id },
      moveContactPerson,
    );
    expect(again).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("checks contact info by type and keeps one primary entry per type", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const company = await createCounterparty(unsafeDb(), t.tenant.id, { phone: "+7 495 000-00-00" });
    const add = (input: Record<string, unknown>) =>
      executeTenantAction(t.claims, t.tenant.slug, addDef, { counterpartyId: company.id, ...input }, addContactInfo);
    expect(await add({ type: "WEBSITE", value: "javascript:alert(1)" })).toMatchObject({
      ok: false,
      fieldErrors: { value: expect.stringContaining("http") },
    });
    expect(await add({ type: "EMAIL", value: "nope" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await add({ type: "PHONE", value: "8 (812) 111-22-33", isPrimary: "on", label: "склад" })).toMatchObject({
      ok: true,
    });
    const phones = await unsafeDb().contactInfo.findMany({
      where: { tenantId: t.tenant.id, counterpartyId: company.id, type: "PHONE" },
      orderBy: { position: "asc" },
    });
    expect(phones.map((p) => [p.normalized, p.isPrimary])).toEqual([
      ["74950000000", false],
      ["78121112233", true],
    ]);
  });
});

describe("contact persons and contact info across tenants", () => {
  it("gives tenant A not-found for B's counterparty, person and contact entry, and B is unchanged", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const aCompany = await createCounterparty(unsafeDb(), a.tenant.id);
    const bCompany = await createCounterparty(unsafeDb(), b.tenant.id, { phone: "+7 495 111-11-11" });
    const bPerson = await makePerson(unsafeDb(), b.tenant.id, bCompany.id);
    const bEntry = await unsafeDb().contactInfo.findFirstOrThrow({
      where: { tenantId: b.tenant.id, counterpartyId: bCompany.id },
    });

    const results = await Promise.all([
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        personDef,
        { counterpartyId: bCompany.id, lastName: "X", firstName: "Y" },
        createContactPerson,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        addDef,
        { counterpartyId: bCompany.id, type: "PHONE", value: "12345" },
        addContactInfo,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        addDef,
        { counterpartyId: aCompany.id, contactPersonId: bPerson.id, type: "PHONE", value: "12345" },
        addContactInfo,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        removeDef,
        { counterpartyId: aCompany.id, id: bEntry.id },
        removeContactInfo,
      ),
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        moveDef,
        { contactPersonId: bPerson.id, fromCounterpartyId: bCompany.id, toCounterpartyId: aCompany.id },
        moveContactPerson,
      ),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeDb().contactInfo.count({ where: { tenantId: b.tenant.id } })).toBe(1);
    expect(await unsafeDb().employment.count({ where: { tenantId: b.tenant.id, endedOn: null } })).toBe(1);
    expect(await unsafeDb().contactInfo.count({ where: { tenantId: a.tenant.id } })).toBe(0);
  });
});
