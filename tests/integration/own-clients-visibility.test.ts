import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import {
  createCounterparty as createCounterpartyUseCase,
  createCounterpartyInput,
} from "@/server/counterparties/create-counterparty";
import { moveContactPerson, moveContactPersonInput } from "@/server/contact-persons/move-contact-person";
import { updateCustomFields, updateCustomFieldsInput } from "@/server/counterparties/update-custom-fields";
import { addMember, createContactPerson, createCounterparty, createTenantWithUser, createUser } from "@tests/factories";

const defs = {
  create: { name: "createCounterparty", permission: "counterparty.create", input: createCounterpartyInput },
  move: { name: "moveContactPerson", permission: "counterparty.update", input: moveContactPersonInput },
  fields: { name: "updateCustomFields", permission: "counterparty.update", input: updateCustomFieldsInput },
} as const;

/** A tenant where managers see only their own clients, with a colleague's client and one of the manager's own. */
async function setup(visibility: "ALL" | "OWN" = "OWN") {
  const t = await createTenantWithUser(unsafeDb(), "MANAGER");
  await unsafeDb().tenant.update({ where: { id: t.tenant.id }, data: { settings: { managerVisibility: visibility } } });
  const colleague = await createUser(unsafeDb());
  await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
  const hidden = await createCounterparty(unsafeDb(), t.tenant.id, {
    name: "ООО Чужой Секрет",
    responsibleUserId: colleague.id,
    phone: "+7 495 111-22-33",
  });
  const own = await createCounterparty(unsafeDb(), t.tenant.id, { name: "ООО Свой", responsibleUserId: t.user.id });
  const person = await createContactPerson(unsafeDb(), t.tenant.id, own.id);
  return { ...t, hidden, own, person };
}

describe("own clients only (managerVisibility = OWN; security finding 9)", () => {
  it("the duplicate warning says a colleague's client matches, without its name or id", async () => {
    const t = await setup();
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      defs.create,
      { kind: "LEGAL_ENTITY", name: "ООО Новый", phone: "+7 (495) 111-22-33" },
      createCounterpartyUseCase,
    );
    expect(result).toEqual({ ok: true, data: { id: null, duplicates: [{ id: null, name: null, reason: "phone" }] } });
    expect(JSON.stringify(result)).not.toContain(t.hidden.id);
    // Where managers see everyone, the warning names the client.
    const all = await setup("ALL");
    expect(
      await executeTenantAction(
        all.claims,
        all.tenant.slug,
        defs.create,
        { kind: "LEGAL_ENTITY", name: "ООО Новый", phone: "+7 (495) 111-22-33" },
        createCounterpartyUseCase,
      ),
    ).toMatchObject({ ok: true, data: { duplicates: [{ id: all.hidden.id, name: "ООО Чужой Секрет" }] } });
  });

  it("a contact person cannot be moved into a colleague's client the manager does not see", async () => {
    const t = await setup();
    const moved = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      defs.move,
      { contactPersonId: t.person.id, fromCounterpartyId: t.own.id, toCounterpartyId: t.hidden.id },
      moveContactPerson,
    );
    expect(moved).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { toCounterpartyId: expect.any(String) },
    });
    expect(await unsafeDb().employment.count({ where: { tenantId: t.tenant.id, counterpartyId: t.hidden.id } })).toBe(
      0,
    );
  });

  it("an action on a hidden client's id answers not-found, as every other path does", async () => {
    const t = await setup();
    expect(
      await executeTenantAction(
        t.claims,
        t.tenant.slug,
        defs.fields,
        { id: t.hidden.id, version: 1 },
        updateCustomFields,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A colleague's client he does see is his to read, not to change.
    const all = await setup("ALL");
    expect(
      await executeTenantAction(
        all.claims,
        all.tenant.slug,
        defs.fields,
        { id: all.hidden.id, version: 1 },
        updateCustomFields,
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
