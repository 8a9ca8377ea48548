import { describe, expect, it } from "vitest";
import { detectDelimiter, detectEncoding } from "./detect-format";
import { parseKind, suggestMapping, validateImportRow } from "./counterparty-import-fields";

describe("reading what Excel wrote", () => {
  it("tells UTF-8 from Windows-1251 and finds the separator", () => {
    expect(detectEncoding(new TextEncoder().encode("Наименование;ИНН"))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array([0xcd, 0xe0, 0xe8, 0xec]))).toBe("windows-1251");
    expect(detectDelimiter("Наименование;ИНН;Телефон")).toBe(";");
    expect(detectDelimiter("name,tax id,phone")).toBe(",");
    expect(detectDelimiter("name\ttax")).toBe("\t");
  });

  it("suggests a mapping from Russian and English headers", () => {
    expect(suggestMapping(["Наименование", "ИНН", "Телефон", "E-mail", "Что-то ещё", "Фамилия"])).toEqual({
      0: "name",
      1: "taxId",
      2: "phone",
      3: "email",
      5: "personLastName",
    });
  });
});

describe("validating an imported row", () => {
  it("accepts a good row with contacts and a person", () => {
    const result = validateImportRow(
      {
        name: "ООО Ромашка",
        taxId: "7707 083 893",
        phone: "8 495 123-45-67",
        personLastName: "Смирнова",
        personFirstName: "Ольга",
      },
      2,
    );
    expect(result).toMatchObject({
      value: {
        name: "ООО Ромашка",
        taxId: "7707083893",
        kind: "LEGAL_ENTITY",
        contacts: [{ type: "PHONE" }],
        person: { lastName: "Смирнова" },
      },
    });
  });

  it("reports every bad field of the row with its line", () => {
    const result = validateImportRow({ name: "", taxId: "123", email: "nope" }, 7);
    expect(result).toEqual({
      errors: [
        { row: 7, field: "name", message: "validation.required" },
        { row: 7, field: "taxId", message: "validation.taxId10" },
        { row: 7, field: "email", message: "validation.email" },
      ],
    });
  });

  it("reads the kind from words or the length of the ИНН", () => {
    expect(parseKind("Физическое лицо", undefined)).toBe("INDIVIDUAL");
    expect(parseKind("ЮЛ", undefined)).toBe("LEGAL_ENTITY");
    expect(parseKind("", "500100732259")).toBe("INDIVIDUAL");
  });
});
