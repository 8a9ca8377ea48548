import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { uploadImport } from "@/server/imports/upload-import";
import { commitImport, commitImportInput } from "@/server/imports/commit-import";
import { updateImportSettings, updateImportSettingsInput } from "@/server/imports/update-import-settings";
import { loadImportJob } from "@/server/imports/load-import-job";
import { addMember, createContactPerson, createCounterparty, createTenantWithUser, createUser } from "@tests/factories";

// As the action is declared: the job's target decides the import permission, checked by the use case.
const commitDef = { name: "commitImport", permission: "counterparty.read", input: commitImportInput } as const;
const settingsDef = {
  name: "importSettings",
  permission: "counterparty.import",
  input: updateImportSettingsInput,
} as const;

const CSV = [
  "Наименование;ИНН;Телефон;E-mail;Фамилия;Имя",
  "ООО Альфа;7707083893;8 495 111-11-11;alpha@example.test;Иванов;Пётр",
  ";123;;;;",
  "ИП Бета;500100732259;+7 912 222-22-22;not-an-email;;",
  "ООО Гамма;;+7 (343) 333-33-33;;;",
].join("\r\n");

async function setup() {
  const t = await createTenantWithUser(unsafeDb(), "ADMIN");
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  return { ...t, ctx };
}

describe("importing counterparties from CSV", () => {
  it("reads Windows-1251 with semicolons, guesses the mapping, commits valid rows and reports the rest", async () => {
    const t = await setup();
    const { id } = await uploadImport(t.ctx, "counterparties", {
      name: "clients.csv",
      bytes: iconv.encode(CSV, "win1251"),
    });
    const job = await loadImportJob(t.ctx, id);
    expect(job).toMatchObject({
      encoding: "windows-1251",
      delimiter: ";",
      rowCount: 4,
      headers: ["Наименование", "ИНН", "Телефон", "E-mail", "Фамилия", "Имя"],
    });
    expect(job.mapping).toEqual({
      0: "name",
      1: "taxId",
      2: "phone",
      3: "email",
      4: "personLastName",
      5: "personFirstName",
    });

    const result = await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport);
    expect(result).toMatchObject({ ok: true, data: { createdCount: 2, errorRows: 2 } });
    const rows = await unsafeDb().counterparty.findMany({
      where: { tenantId: t.tenant.id },
      include: { contactInfo: true, employments: { include: { contactPerson: true } } },
      orderBy: { name: "asc" },
    });
    expect(rows.map((r) => r.name)).toEqual(["ООО Альфа", "ООО Гамма"]);
    expect(rows[0]!.contactInfo.map((c) => c.normalized).sort()).toEqual(["74951111111", "alpha@example.test"]);
    expect(rows[0]!.employments[0]!.contactPerson).toMatchObject({ lastName: "Иванов", firstName: "Пётр" });
    const stored = await loadImportJob(t.ctx, id);
    expect(stored.errors).toEqual([
      { row: 3, field: "name", message: "validation.required" },
      { row: 3, field: "taxId", message: "validation.taxId10" },
      { row: 4, field: "email", message: "validation.email" },
    ]);

    const again = await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport);
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await unsafeDb().counterparty.count({ where: { tenantId: t.tenant.id } })).toBe(2);
  });

  it("skips or updates rows that match existing clients, as chosen", async () => {
    const t = await setup();
    await createCounterparty(unsafeDb(), t.tenant.id, { name: "Альфа (старая)", taxId: "7707083893" });
    const csv = "name,tax id,phone\nAlpha new,7707083893,\nDelta,,+7 999 000-00-00\n";
    const skip = await uploadImport(t.ctx, "counterparties", { name: "a.csv", bytes: new TextEncoder().encode(csv) });
    expect(await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id: skip.id }, commitImport)).toMatchObject({
      ok: true,
      data: { createdCount: 1, skippedCount: 1 },
    });

    const update = await uploadImport(t.ctx, "counterparties", { name: "b.csv", bytes: new TextEncoder().encode(csv) });
    const settings = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      settingsDef,
      { id: update.id, duplicateMode: "UPDATE", "col.0": "name", "col.1": "taxId", "col.2": "phone" },
      updateImportSettings,
    );
    expect(settings.ok).toBe(true);
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id: update.id }, commitImport),
    ).toMatchObject({ ok: true, data: { createdCount: 0, updatedCount: 2 } });
    expect(
      (await unsafeDb().counterparty.findFirstOrThrow({ where: { tenantId: t.tenant.id, taxId: "7707083893" } })).name,
    ).toBe("Alpha new");
  });

  it("fills admin-designed fields from mapped columns, validated like the card", async () => {
    const t = await setup();
    await unsafeDb().fieldDefinition.create({
      data: {
        tenantId: t.tenant.id,
        key: "segment",
        labelRu: "Сегмент",
        labelEn: "Segment",
        type: "SELECT",
        section: "Main",
        options: [{ value: "retail", labelRu: "Розница", labelEn: "Retail" }],
      },
    });
    const { id } = await uploadImport(t.ctx, "counterparties", {
      name: "c.csv",
      bytes: new TextEncoder().encode("name;segment\nGood;retail\nBad;wholesale\n"),
    });
    await executeTenantAction(
      t.claims,
      t.tenant.slug,
      settingsDef,
      { id, duplicateMode: "SKIP", "col.0": "name", "col.1": "cf.segment" },
      updateImportSettings,
    );
    expect(await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport)).toMatchObject({
      ok: true,
      data: { createdCount: 1, errorRows: 1 },
    });
    expect((await unsafeDb().counterparty.findFirstOrThrow({ where: { tenantId: t.tenant.id } })).customFields).toEqual(
      { segment: "retail" },
    );
    expect((await loadImportJob(t.ctx, id)).errors).toEqual([
      { row: 3, field: "cf.segment", message: "validation.choose" },
    ]);
  });

  it("shows custom-field errors in the preview already", async () => {
    const t = await setup();
    await unsafeDb().fieldDefinition.create({
      data: {
        tenantId: t.tenant.id,
        key: "segment",
        labelRu: "Сегмент",
        labelEn: "Segment",
        type: "SELECT",
        section: "Main",
        options: [{ value: "retail", labelRu: "Розница", labelEn: "Retail" }],
      },
    });
    const { id } = await uploadImport(t.ctx, "counterparties", {
      name: "p.csv",
      bytes: new TextEncoder().encode("name;segment\nGood;retail\nBad;wholesale\n"),
    });
    await executeTenantAction(
      t.claims,
      t.tenant.slug,
      settingsDef,
      { id, duplicateMode: "SKIP", "col.0": "name", "col.1": "cf.segment" },
      updateImportSettings,
    );
    const { previewImport } = await import("@/server/imports/preview-import");
    const { listFieldDefinitions } = await import("@/server/custom-fields/list-field-definitions");
    const preview = await previewImport(await loadImportJob(t.ctx, id), await listFieldDefinitions(t.ctx));
    expect(preview.map((r) => [r.line, r.errors.map((e) => e.field)])).toEqual([
      [2, []],
      [3, ["cf.segment"]],
    ]);
  });

  it("refuses broken quoting with the line, and an empty file", async () => {
    const t = await setup();
    await expect(
      uploadImport(t.ctx, "counterparties", {
        name: "x.csv",
        bytes: new TextEncoder().encode('name;tax\n"open quote;1\nok;2\n'),
      }),
    ).rejects.toMatchObject({
      fieldErrors: { file: expect.stringMatching(/importBroken/) },
    });
    await expect(
      uploadImport(t.ctx, "counterparties", { name: "x.csv", bytes: new Uint8Array() }),
    ).rejects.toMatchObject({ fieldErrors: { file: "validation.importEmpty" } });
  });

  it("is admin-only, and another tenant's import is not found", async () => {
    const a = await setup();
    const b = await setup();
    const { id } = await uploadImport(b.ctx, "counterparties", {
      name: "b.csv",
      bytes: new TextEncoder().encode("name\nSecret\n"),
    });
    expect(await executeTenantAction(a.claims, a.tenant.slug, commitDef, { id }, commitImport)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await loadImportJob(b.ctx, id)).status).toBe("UPLOADED");
    const director = await createUser(unsafeDb());
    await addMember(unsafeDb(), b.tenant.id, director.id, "DIRECTOR");
    const directorClaims = { userId: director.id, sessionVersion: director.sessionVersion };
    expect(await executeTenantAction(directorClaims, b.tenant.slug, commitDef, { id }, commitImport)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await loadImportJob(b.ctx, id)).status).toBe("UPLOADED");
  });
});

describe("product import", () => {
  const productCsv =
    "Артикул;Наименование;Цена;Себестоимость\nP-1;Бумага А4;420,00;290\nP-2;Ручка;abc;10\nP-1;Повтор;1;1\nP-3;Папка;1 790,50;1100\n";

  it("maps Russian headers, commits valid rows in one go, reports the bad ones, and skips or updates known SKUs", async () => {
    const t = await setup();
    const { id } = await uploadImport(t.ctx, "products", {
      name: "products.csv",
      bytes: iconv.encode(productCsv, "win1251"),
    });
    expect((await loadImportJob(t.ctx, id)).mapping).toEqual({ 0: "sku", 1: "name", 2: "salePrice", 3: "costPrice" });
    const result = await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport);
    expect(result).toMatchObject({ ok: true, data: { createdCount: 2, skippedCount: 1, errorRows: 1 } });
    const products = await unsafeDb().product.findMany({ where: { tenantId: t.tenant.id }, orderBy: { sku: "asc" } });
    expect(products.map((p) => [p.sku, p.name, p.salePrice.toFixed(2)])).toEqual([
      ["P-1", "Бумага А4", "420.00"],
      ["P-3", "Папка", "1790.50"],
    ]);
    expect((await loadImportJob(t.ctx, id)).errors).toEqual([
      { row: 3, field: "salePrice", message: "validation.number" },
    ]);

    const update = await uploadImport(t.ctx, "products", {
      name: "again.csv",
      bytes: new TextEncoder().encode("Артикул;Наименование;Цена\nP-3;Папка синяя;1800\n"),
    });
    await updateImportSettings(t.ctx, {
      id: update.id,
      duplicateMode: "UPDATE",
      "col.0": "sku",
      "col.1": "name",
      "col.2": "salePrice",
    });
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id: update.id }, commitImport),
    ).toMatchObject({ ok: true, data: { updatedCount: 1 } });
    const p3 = await unsafeDb().product.findUniqueOrThrow({
      where: { tenantId_sku: { tenantId: t.tenant.id, sku: "P-3" } },
    });
    expect([p3.name, p3.salePrice.toFixed(2), p3.costPrice.toFixed(2)]).toEqual(["Папка синяя", "1800.00", "0.00"]);
  });

  it("refuses a file without the required columns mapped, and saves nothing", async () => {
    const t = await setup();
    const { id } = await uploadImport(t.ctx, "products", {
      name: "p.csv",
      bytes: new TextEncoder().encode("Наименование;Цена\nБумага;1\n"),
    });
    expect(await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport)).toMatchObject({
      ok: false,
      fieldErrors: { mapping: expect.any(String) },
    });
    expect(await unsafeDb().product.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("is not allowed to a director, and another tenant's product import is not found", async () => {
    const a = await setup();
    const b = await setup();
    const { id } = await uploadImport(b.ctx, "products", {
      name: "b.csv",
      bytes: new TextEncoder().encode("sku;name\nX;Y\n"),
    });
    expect(await executeTenantAction(a.claims, a.tenant.slug, commitDef, { id }, commitImport)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const director = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const ctx = await resolveTenantContext(director.claims, director.tenant.slug);
    await expect(
      uploadImport(ctx, "products", { name: "d.csv", bytes: new TextEncoder().encode("sku;name\nX;Y\n") }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await unsafeDb().product.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });
});

describe("contact person import", () => {
  it("attaches people to their companies by ИНН or name, reports unknown companies, and skips people already there", async () => {
    const t = await setup();
    const romashka = await createCounterparty(unsafeDb(), t.tenant.id, { name: "ООО Ромашка", taxId: "7707083893" });
    const lutik = await createCounterparty(unsafeDb(), t.tenant.id, { name: "Лютик" });
    await createContactPerson(unsafeDb(), t.tenant.id, lutik.id, { lastName: "Иванов", firstName: "Иван" });
    const csv = [
      "ИНН;Компания;Фамилия;Имя;Должность;Телефон;День рождения",
      "7707083893;;Смирнова;Ольга;бухгалтер;+7 916 555-12-34;31.12.1980",
      ";лютик;Петров;Пётр;;;",
      ";Лютик;Иванов;Иван;;;",
      ";Нет такой;Сидоров;Сидор;;;",
      "7707083893;;;Без фамилии;;;",
    ].join("\n");
    const { id } = await uploadImport(t.ctx, "contactPersons", {
      name: "people.csv",
      bytes: new TextEncoder().encode(csv),
    });
    const result = await executeTenantAction(t.claims, t.tenant.slug, commitDef, { id }, commitImport);
    expect(result).toMatchObject({ ok: true, data: { createdCount: 2, skippedCount: 1, errorRows: 2 } });
    expect((await loadImportJob(t.ctx, id)).errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [5, "companyName", "validation.companyNotFound"],
      [6, "lastName", "validation.required"],
    ]);
    const smirnova = await unsafeDb().contactPerson.findFirstOrThrow({
      where: { tenantId: t.tenant.id, lastName: "Смирнова" },
      include: { employments: true, contactInfo: true },
    });
    expect([
      smirnova.employments[0]!.counterpartyId,
      smirnova.birthday?.toISOString().slice(0, 10),
      smirnova.contactInfo[0]!.normalized,
    ]).toEqual([romashka.id, "1980-12-31", "79165551234"]);
    expect(await unsafeDb().employment.count({ where: { tenantId: t.tenant.id, counterpartyId: lutik.id } })).toBe(2);
  });
});
