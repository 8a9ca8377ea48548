import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { saveFieldDefinition, saveFieldDefinitionInput } from "@/server/custom-fields/save-field-definition";
import { setFieldArchived, setFieldArchivedInput } from "@/server/custom-fields/set-field-archived";
import { moveField, moveFieldInput } from "@/server/custom-fields/move-field";
import { updateCustomFields, updateCustomFieldsInput } from "@/server/counterparties/update-custom-fields";
import {
  updateContactPersonFields,
  updateContactPersonFieldsInput,
} from "@/server/contact-persons/update-contact-person-fields";
import { addMember, createContactPerson, createCounterparty, createTenantWithUser, createUser } from "@tests/factories";

const saveDef = { name: "saveField", permission: "fields.manage", input: saveFieldDefinitionInput } as const;
const archiveDef = { name: "archiveField", permission: "fields.manage", input: setFieldArchivedInput } as const;
const moveDef = { name: "moveField", permission: "fields.manage", input: moveFieldInput } as const;
const valuesDef = {
  name: "updateCustomFields",
  permission: "counterparty.update",
  input: updateCustomFieldsInput,
} as const;

const regionField = {
  key: "region",
  labelRu: "Регион",
  labelEn: "Region",
  type: "SELECT",
  section: "Основное",
  required: "on",
  options: "msk; Москва; Moscow\nspb; Санкт-Петербург; St Petersburg",
  visibleTo: ["DIRECTOR", "MANAGER"],
  editableBy: ["DIRECTOR", "MANAGER"],
};

async function setup() {
  const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
  const save = (input: Record<string, unknown>) =>
    executeTenantAction(admin.claims, admin.tenant.slug, saveDef, input, saveFieldDefinition);
  return { admin, save };
}

describe("the client card designer", () => {
  it("creates fields with their options, refuses a taken key and bad input next to the field", async () => {
    const { admin, save } = await setup();
    expect(await save(regionField)).toMatchObject({ ok: true });
    const stored = await unsafeDb().fieldDefinition.findFirstOrThrow({
      where: { tenantId: admin.tenant.id, key: "region" },
    });
    expect(stored).toMatchObject({
      type: "SELECT",
      required: true,
      position: 0,
      visibleTo: ["ADMIN", "DIRECTOR", "MANAGER"],
      options: [
        { value: "msk", labelRu: "Москва", labelEn: "Moscow" },
        { value: "spb", labelRu: "Санкт-Петербург", labelEn: "St Petersburg" },
      ],
    });
    expect(await save(regionField)).toMatchObject({ ok: false, fieldErrors: { key: "Поле с таким ключом уже есть" } });
    expect(await save({ ...regionField, key: "Bad Key", options: "" })).toMatchObject({
      ok: false,
      fieldErrors: { key: expect.stringContaining("Латинские"), options: "Укажите хотя бы один вариант" },
    });
  });

  it("reorders within a section and archives without losing values", async () => {
    const { admin, save } = await setup();
    await save({ ...regionField, key: "first", required: "" });
    await save({ ...regionField, key: "second", required: "" });
    const second = await unsafeDb().fieldDefinition.findFirstOrThrow({
      where: { tenantId: admin.tenant.id, key: "second" },
    });
    await executeTenantAction(admin.claims, admin.tenant.slug, moveDef, { id: second.id, direction: "up" }, moveField);
    const order = await unsafeDb().fieldDefinition.findMany({
      where: { tenantId: admin.tenant.id },
      orderBy: { position: "asc" },
    });
    expect(order.map((f) => f.key)).toEqual(["second", "first"]);

    const c = await createCounterparty(unsafeDb(), admin.tenant.id);
    await unsafeDb().counterparty.update({
      where: { tenantId_id: { tenantId: admin.tenant.id, id: c.id } },
      data: { customFields: { second: "msk" } },
    });
    await executeTenantAction(
      admin.claims,
      admin.tenant.slug,
      archiveDef,
      { id: second.id, archived: "true" },
      setFieldArchived,
    );
    const saved = await executeTenantAction(
      admin.claims,
      admin.tenant.slug,
      valuesDef,
      { id: c.id, version: 1, "cf.first": "spb" },
      updateCustomFields,
    );
    expect(saved).toMatchObject({ ok: true });
    expect(
      (
        await unsafeDb().counterparty.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: admin.tenant.id, id: c.id } },
        })
      ).customFields,
    ).toEqual({ second: "msk", first: "spb" });
  });

  it("is for admins only", async () => {
    const director = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    expect(
      await executeTenantAction(director.claims, director.tenant.slug, saveDef, regionField, saveFieldDefinition),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await unsafeDb().fieldDefinition.count({ where: { tenantId: director.tenant.id } })).toBe(0);
  });
});

describe("custom field values on the card", () => {
  it("refuses to save without a required field, or with an unknown option, and saves nothing", async () => {
    const { admin, save } = await setup();
    await save(regionField);
    const manager = await createUser(unsafeDb());
    await addMember(unsafeDb(), admin.tenant.id, manager.id, "MANAGER");
    const c = await createCounterparty(unsafeDb(), admin.tenant.id, { responsibleUserId: manager.id });
    const claims = { userId: manager.id, sessionVersion: 1 };
    const put = (values: Record<string, unknown>) =>
      executeTenantAction(
        claims,
        admin.tenant.slug,
        valuesDef,
        { id: c.id, version: 1, ...values },
        updateCustomFields,
      );
    expect(await put({})).toMatchObject({ ok: false, fieldErrors: { "cf.region": "Обязательное поле" } });
    expect(await put({ "cf.region": "nsk" })).toMatchObject({
      ok: false,
      fieldErrors: { "cf.region": "Выберите значение из списка" },
    });
    expect(
      (
        await unsafeDb().counterparty.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: admin.tenant.id, id: c.id } },
        })
      ).version,
    ).toBe(1);
    expect(await put({ "cf.region": "msk", "cf.unknown": "x" })).toMatchObject({ ok: true });
    expect(
      (
        await unsafeDb().counterparty.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: admin.tenant.id, id: c.id } },
        })
      ).customFields,
    ).toEqual({ region: "msk" });
  });

  it("gives another tenant's admin not-found for the field and the counterparty, and changes nothing", async () => {
    const a = await setup();
    const b = await setup();
    await b.save(regionField);
    const bField = await unsafeDb().fieldDefinition.findFirstOrThrow({ where: { tenantId: b.admin.tenant.id } });
    const bCounterparty = await createCounterparty(unsafeDb(), b.admin.tenant.id);
    const results = await Promise.all([
      a.save({ ...regionField, id: bField.id }),
      executeTenantAction(
        a.admin.claims,
        a.admin.tenant.slug,
        archiveDef,
        { id: bField.id, archived: "true" },
        setFieldArchived,
      ),
      executeTenantAction(
        a.admin.claims,
        a.admin.tenant.slug,
        moveDef,
        { id: bField.id, direction: "down" },
        moveField,
      ),
      executeTenantAction(
        a.admin.claims,
        a.admin.tenant.slug,
        valuesDef,
        { id: bCounterparty.id, version: 1 },
        updateCustomFields,
      ),
    ]);
    for (const r of results) expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await unsafeDb().fieldDefinition.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: b.admin.tenant.id, id: bField.id } },
      }),
    ).toMatchObject({ archived: false, labelRu: "Регион" });
  });
});

describe("filtering the list by custom fields", () => {
  it("filters by a list field, a yes/no field and a text field marked filterable, and ignores the others", async () => {
    const { admin, save } = await setup();
    await save({ ...regionField, required: "", filterable: "on" });
    await save({
      key: "vip",
      labelRu: "VIP",
      labelEn: "VIP",
      type: "BOOLEAN",
      section: "Основное",
      filterable: "on",
      visibleTo: ["MANAGER"],
      editableBy: ["MANAGER"],
    });
    await save({
      key: "city",
      labelRu: "Город",
      labelEn: "City",
      type: "TEXT",
      section: "Основное",
      filterable: "on",
      visibleTo: ["MANAGER"],
      editableBy: ["MANAGER"],
    });
    await save({
      key: "hidden_note",
      labelRu: "Заметка",
      labelEn: "Note",
      type: "TEXT",
      section: "Основное",
      visibleTo: ["MANAGER"],
      editableBy: ["MANAGER"],
    });
    const make = async (name: string, customFields: object) => {
      const c = await createCounterparty(unsafeDb(), admin.tenant.id, { name });
      await unsafeDb().counterparty.update({
        where: { tenantId_id: { tenantId: admin.tenant.id, id: c.id } },
        data: { customFields },
      });
    };
    await make("Moscow VIP", { region: "msk", vip: true, city: "Москва, Тверская", hidden_note: "x" });
    await make("Piter", { region: "spb", vip: false, city: "Санкт-Петербург" });
    await make("Nothing", {});
    const { searchCounterparties } = await import("@/server/counterparties/search-counterparties");
    const { parseListQuery } = await import("@/domain/counterparties/list-query");
    const { resolveTenantContext } = await import("@/server/tenant-context");
    const { listFieldDefinitions } = await import("@/server/custom-fields/list-field-definitions");
    const ctx = await resolveTenantContext(admin.claims, admin.tenant.slug);
    const fields = await listFieldDefinitions(ctx);
    const names = async (params: Record<string, string>) =>
      (await searchCounterparties(ctx, parseListQuery(params), { filterableFields: fields })).rows.map((r) => r.name);
    expect(await names({ "f.region": "msk" })).toEqual(["Moscow VIP"]);
    expect(await names({ "f.vip": "true" })).toEqual(["Moscow VIP"]);
    expect(await names({ "f.vip": "false" })).toEqual(["Nothing", "Piter"]);
    expect(await names({ "f.city": "тверская" })).toEqual(["Moscow VIP"]);
    expect(await names({ "f.hidden_note": "x" })).toEqual(["Moscow VIP", "Nothing", "Piter"]);
    expect(
      (await searchCounterparties(ctx, parseListQuery({ "f.region": "spb" }), { filterableFields: fields })).rows[0]!
        .customFields,
    ).toMatchObject({ region: "spb" });
  });
});

describe("contact person fields", () => {
  const personDef = {
    name: "updateContactPersonFields",
    permission: "counterparty.update",
    input: updateContactPersonFieldsInput,
  } as const;
  const hobby = {
    entity: "CONTACT_PERSON",
    key: "hobby",
    labelRu: "Хобби",
    labelEn: "Hobby",
    type: "SELECT",
    section: "Личное",
    required: "on",
    options: "fish; Рыбалка\nchess; Шахматы",
    visibleTo: ["DIRECTOR", "MANAGER"],
    editableBy: ["DIRECTOR", "MANAGER"],
  };

  it("are designed apart from the counterparty's and validated on the person, with his version", async () => {
    const { admin, save } = await setup();
    expect(await save(hobby)).toMatchObject({ ok: true });
    expect(
      await unsafeDb().fieldDefinition.findFirstOrThrow({ where: { tenantId: admin.tenant.id, key: "hobby" } }),
    ).toMatchObject({ entity: "CONTACT_PERSON" });
    const company = await createCounterparty(unsafeDb(), admin.tenant.id);
    const person = await createContactPerson(unsafeDb(), admin.tenant.id, company.id);
    const run = (input: Record<string, unknown>) =>
      executeTenantAction(admin.claims, admin.tenant.slug, personDef, input, updateContactPersonFields);
    expect(await run({ id: person.id, version: "1", "cf.hobby": "golf" })).toMatchObject({
      ok: false,
      fieldErrors: { "cf.hobby": expect.any(String) },
    });
    expect(await run({ id: person.id, version: "1", "cf.hobby": "chess" })).toMatchObject({ ok: true });
    expect(await run({ id: person.id, version: "1", "cf.hobby": "fish" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      (
        await unsafeDb().contactPerson.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: admin.tenant.id, id: person.id } },
        })
      ).customFields,
    ).toEqual({ hobby: "chess" });
  });

  it("of another tenant's person are not found and stay unchanged", async () => {
    const a = await setup();
    const b = await setup();
    await b.save(hobby);
    const company = await createCounterparty(unsafeDb(), b.admin.tenant.id);
    const person = await createContactPerson(unsafeDb(), b.admin.tenant.id, company.id);
    expect(
      await executeTenantAction(
        a.admin.claims,
        a.admin.tenant.slug,
        personDef,
        { id: person.id, version: "1", "cf.hobby": "chess" },
        updateContactPersonFields,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      (
        await unsafeDb().contactPerson.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: b.admin.tenant.id, id: person.id } },
        })
      ).customFields,
    ).toEqual({});
  });
});
