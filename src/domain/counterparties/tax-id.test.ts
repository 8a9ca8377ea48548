import { describe, expect, it } from "vitest";
import { completeTaxId, isValidKpp, isValidTaxId } from "./tax-id";

describe("ИНН and КПП", () => {
  it("accepts real check digits for 10- and 12-digit numbers", () => {
    expect(isValidTaxId("7707083893")).toBe(true); // Сбербанк
    expect(isValidTaxId("7736207543")).toBe(true); // Яндекс
    expect(isValidTaxId("500100732259")).toBe(true);
  });

  it("refuses a wrong check digit, a wrong length and non-digits", () => {
    expect(isValidTaxId("7707083894")).toBe(false);
    expect(isValidTaxId("500100732258")).toBe(false);
    expect(isValidTaxId("77070838")).toBe(false);
    expect(isValidTaxId("77070838931")).toBe(false);
    expect(isValidTaxId("77O7083893")).toBe(false);
  });

  it("checks the shape of КПП", () => {
    expect(isValidKpp("773601001")).toBe(true);
    expect(isValidKpp("7736AB001")).toBe(true);
    expect(isValidKpp("77360100")).toBe(false);
    expect(isValidKpp("7736ab001")).toBe(false);
  });

  it("completes generated digits into valid numbers", () => {
    for (const prefix of ["770708389", "500100732", "123456789", "5001007322", "0000000000"])
      expect(isValidTaxId(completeTaxId(prefix))).toBe(true);
    expect(completeTaxId("770708389")).toBe("7707083893");
  });
});
