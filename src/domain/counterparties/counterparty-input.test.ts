import { describe, expect, it } from "vitest";
import { counterpartyRequisitesSchema } from "./counterparty-input";

function errors(input: Record<string, unknown>) {
  const result = counterpartyRequisitesSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("counterparty requisites", () => {
  it("accepts a legal entity with a valid ИНН and КПП, and reads checkboxes", () => {
    const parsed = counterpartyRequisitesSchema.parse({
      kind: "LEGAL_ENTITY",
      name: " ООО Ромашка ",
      taxId: "7707083893",
      kpp: "773601001",
      isSupplier: "on",
    });
    expect(parsed).toMatchObject({
      name: "ООО Ромашка",
      taxId: "7707083893",
      isSupplier: true,
      isCustomer: false,
      legalName: null,
    });
  });

  it("checks the ИНН length by kind and its check digits", () => {
    expect(errors({ kind: "LEGAL_ENTITY", name: "A", taxId: "500100732259" })).toEqual({ taxId: "validation.taxId10" });
    expect(errors({ kind: "INDIVIDUAL", name: "A", taxId: "7707083893" })).toEqual({ taxId: "validation.taxId12" });
    expect(errors({ kind: "LEGAL_ENTITY", name: "A", taxId: "7707083894" })).toEqual({
      taxId: "validation.taxIdChecksum",
    });
  });

  it("allows КПП only for legal entities and in its format", () => {
    expect(errors({ kind: "INDIVIDUAL", name: "A", kpp: "773601001" })).toEqual({ kpp: "validation.kppOnlyLegal" });
    expect(errors({ kind: "LEGAL_ENTITY", name: "A", kpp: "12" })).toEqual({ kpp: "validation.kppFormat" });
  });

  it("requires a name and bounds the notes", () => {
    expect(errors({ kind: "LEGAL_ENTITY", name: "  " })).toEqual({ name: "validation.required" });
    expect(errors({ kind: "LEGAL_ENTITY", name: "A", notes: "x".repeat(10_001) })).toEqual({
      notes: "validation.tooLong",
    });
  });
});
