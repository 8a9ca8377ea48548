import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { parseListQuery } from "@/domain/counterparties/list-query";
import { searchCounterparties } from "@/server/counterparties/search-counterparties";
import { createCounterparty, createCounterpartyInput } from "@/server/counterparties/create-counterparty";
import { updateCounterparty, updateCounterpartyInput } from "@/server/counterparties/update-counterparty";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { resolveTenantContext } from "@/server/tenant-context";
import { addMember, createTenantWithUser, createUser } from "@tests/factories";

const createDef = {
  name: "createCounterparty",
  permission: "counterparty.create",
  input: createCounterpartyInput,
} as const;
const updateDef = {
  name: "updateCounterparty",
  permission: "counterparty.update",
  input: updateCounterpartyInput,
} as const;

async function setup(role: "ADMIN" | "MANAGER" = "MANAGER") {
  const t = await createTenantWithUser(unsafeDb(), role);
  const create = async (input: Record<string, unknown>) => {
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      createDef,
      { confirmed: "yes", kind: "LEGAL_ENTITY", ...input },
      createCounterparty,
    );
    if (!result.ok || !result.data.id) throw new Error(JSON.stringify(result));
    return result.data.id;
  };
  const ctx = () => resolveTenantContext(t.claims, t.tenant.slug);
  const search = async (params: Record<string, string>) =>
    (await searchCounterparties(await ctx(), parseListQuery(params))).rows.map((r) => r.name);
  return { ...t, create, ctx, search };
}

describe("counterparty search", () => {
  it("finds by a phone written any way, by a fragment of it, and by e-mail", async () => {
    const t = await setup();
    await t.create({ name: "ООО Ромашка", phone: "84951234567", email: "Info@Romashka.ru" });
    await t.create({ name: "ООО Лютик", phone: "+7 812 765-43-21" });
    expect(await t.search({ q: "+7 (495) 123-45-67" })).toEqual(["ООО Ромашка"]);
    expect(await t.search({ q: "123-45" })).toEqual(["ООО Ромашка"]);
    expect(await t.search({ q: "info@romashka" })).toEqual(["ООО Ромашка"]);
    expect(await t.search({ q: "765 43" })).toEqual(["ООО Лютик"]);
  });

  it("finds names fuzzily, by tax id and by a contact person's name", async () => {
    const t = await setup();
    const id = await t.create({ name: "Северный ветер", taxId: "7707083893" });
    await t.create({ name: "Южный берег" });
    const person = await unsafeDb().contactPerson.create({
      data: { tenantId: t.tenant.id, lastName: "Кузнецова", firstName: "Ольга" },
    });
    await unsafeDb().employment.create({
      data: { tenantId: t.tenant.id, contactPersonId: person.id, counterpartyId: id },
    });
    expect(await t.search({ q: "Северный ветр" })).toEqual(["Северный ветер"]);
    expect(await t.search({ q: "770708" })).toEqual(["Северный ветер"]);
    expect(await t.search({ q: "Кузнецова" })).toEqual(["Северный ветер"]);
    expect(await t.search({ q: "%" })).toEqual([]);
  });

  it("filters by relation, kind and manager, sorts, and pages", async () => {
    const t = await setup();
    await t.create({ name: "B supplier", isSupplier: "on" });
    await t.create({ name: "A customer", isCustomer: "on" });
    await t.create({ name: "C person", kind: "INDIVIDUAL", isCustomer: "on" });
    expect(await t.search({ relation: "supplier" })).toEqual(["B supplier"]);
    expect(await t.search({ kind: "INDIVIDUAL" })).toEqual(["C person"]);
    expect(await t.search({ sort: "name", dir: "desc" })).toEqual(["C person", "B supplier", "A customer"]);
    expect(await t.search({ manager: "none" })).toEqual([]);
    const page = await searchCounterparties(await t.ctx(), parseListQuery({ size: "25", page: "2" }));
    expect(page).toEqual({ rows: [], total: { count: 3, exact: true } });
  });

  it("counts a broad list only up to a bound, and says 'more than' past it; another tenant's rows never count (ADR 0021)", async () => {
    const t = await setup();
    const other = await setup();
    for (const name of ["Альфа", "Бета", "Гамма", "Дельта"]) await t.create({ name, isCustomer: "on" });
    for (let i = 0; i < 6; i++) await other.create({ name: `Чужой ${i}`, isCustomer: "on" });
    const count = async (upTo: number, params: Record<string, string> = {}) =>
      (await searchCounterparties(await t.ctx(), parseListQuery(params), { count: { upTo } })).total;
    expect(await count(3)).toEqual({ count: 3, exact: false });
    expect(await count(4)).toEqual({ count: 4, exact: true });
    expect(await count(5, { relation: "customer" })).toEqual({ count: 4, exact: true });
    expect(await count(2, { relation: "supplier" })).toEqual({ count: 0, exact: true });
    // The export and the look-up read rows only.
    expect((await searchCounterparties(await t.ctx(), parseListQuery({}), { count: "none" })).total).toBeNull();
  });

  it("filters by the effective ABC class, stage and XYZ class", async () => {
    const t = await setup();
    const a = await t.create({ name: "Regular A X" });
    await t.create({ name: "Potential" });
    await unsafeDb().counterpartyClass.create({
      data: {
        tenantId: t.tenant.id,
        counterpartyId: a,
        abcAuto: "B",
        abcManual: "A",
        abcClass: "A",
        stageAuto: "REGULAR",
        stage: "REGULAR",
        xyzAuto: "X",
        xyzClass: "X",
      },
    });
    expect(await t.search({ abc: "A" })).toEqual(["Regular A X"]);
    expect(await t.search({ abc: "B" })).toEqual([]);
    expect(await t.search({ stage: "POTENTIAL" })).toEqual(["Potential"]);
    expect(await t.search({ stage: "REGULAR", xyz: "X" })).toEqual(["Regular A X"]);
  });

  it("shows a manager only his own clients when the tenant says so", async () => {
    const t = await setup();
    await t.create({ name: "Mine" });
    const colleague = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
    await unsafeDb().counterparty.create({
      data: { tenantId: t.tenant.id, kind: "LEGAL_ENTITY", name: "Theirs", responsibleUserId: colleague.id },
    });
    expect(await t.search({})).toEqual(["Mine", "Theirs"]);
    await unsafeDb().tenant.update({ where: { id: t.tenant.id }, data: { settings: { managerVisibility: "OWN" } } });
    expect(await t.search({})).toEqual(["Mine"]);
  });
});

describe("creating and editing counterparties", () => {
  it("warns about likely duplicates until the user confirms", async () => {
    const t = await setup();
    const first = await t.create({ name: "ООО Ромашка", taxId: "7707083893", phone: "84951234567" });
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      createDef,
      { kind: "LEGAL_ENTITY", name: "Ромашка ООО", phone: "+7 495 123-45-67" },
      createCounterparty,
    );
    expect(result).toMatchObject({
      ok: true,
      data: { id: null, duplicates: [{ id: first, name: "ООО Ромашка", reason: "phone" }] },
    });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: t.tenant.id } })).toBe(1);
  });

  it("refuses a bad ИНН next to the field and saves nothing", async () => {
    const t = await setup();
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      createDef,
      { kind: "LEGAL_ENTITY", name: "X", taxId: "7707083894", confirmed: "yes" },
      createCounterparty,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { taxId: expect.stringContaining("контрольн") } });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("refuses the second of two saves from the same version, and keeps the first", async () => {
    const t = await setup();
    const id = await t.create({ name: "Original" });
    const save = (name: string) =>
      executeTenantAction(
        t.claims,
        t.tenant.slug,
        updateDef,
        { id, version: 1, kind: "LEGAL_ENTITY", name },
        updateCounterparty,
      );
    expect(await save("First edit")).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await save("Second edit")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      (await unsafeDb().counterparty.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenant.id, id } } })).name,
    ).toBe("First edit");
  });

  it("lets a manager edit only his own clients", async () => {
    const t = await setup();
    const colleague = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
    const theirs = await unsafeDb().counterparty.create({
      data: { tenantId: t.tenant.id, kind: "LEGAL_ENTITY", name: "Theirs", responsibleUserId: colleague.id },
    });
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      updateDef,
      { id: theirs.id, version: 1, kind: "LEGAL_ENTITY", name: "Mine now" },
      updateCounterparty,
    );
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("counterparties across tenants", () => {
  it("gives tenant A's user not-found for tenant B's counterparty, in the card, search and update, and B is unchanged", async () => {
    const a = await setup("ADMIN");
    const b = await setup("ADMIN");
    const bId = await b.create({ name: "Secret client", phone: "84950000001" });
    await expect(getCounterpartyCard(await a.ctx(), bId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await a.search({ q: "Secret" })).toEqual([]);
    expect(await a.search({ q: "84950000001" })).toEqual([]);
    const result = await executeTenantAction(
      a.claims,
      a.tenant.slug,
      updateDef,
      { id: bId, version: 1, kind: "LEGAL_ENTITY", name: "Hijacked" },
      updateCounterparty,
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      (await unsafeDb().counterparty.findUniqueOrThrow({ where: { tenantId_id: { tenantId: b.tenant.id, id: bId } } }))
        .name,
    ).toBe("Secret client");
  });
});

describe("counterparty list sorting by manager", () => {
  it("sorts by the responsible manager's name", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const other = await createUser(unsafeDb(), { name: "Аааа Первый" });
    await addMember(unsafeDb(), t.tenant.id, other.id, "MANAGER");
    await unsafeDb().user.update({ where: { id: t.user.id }, data: { name: "Яяя Последний" } });
    await unsafeDb().counterparty.create({
      data: { tenantId: t.tenant.id, kind: "LEGAL_ENTITY", name: "Z", responsibleUserId: other.id },
    });
    await unsafeDb().counterparty.create({
      data: { tenantId: t.tenant.id, kind: "LEGAL_ENTITY", name: "A", responsibleUserId: t.user.id },
    });
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
    const { rows, total } = await searchCounterparties(ctx, parseListQuery({ sort: "responsible" }));
    expect([rows.map((r) => r.name), total]).toEqual([["Z", "A"], { count: 2, exact: true }]);
  });
});
