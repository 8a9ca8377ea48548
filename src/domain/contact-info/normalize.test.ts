import { describe, expect, it } from "vitest";
import { normalizeContactValue, normalizePhone, phoneSearchDigits } from "./normalize";

describe("phone normalisation", () => {
  it("makes the Russian ways of writing one number equal", () => {
    const expected = "74951234567";
    for (const input of ["+7 (495) 123-45-67", "8 495 123 45 67", "84951234567", "+74951234567", "7 495 1234567"]) {
      expect(normalizePhone(input)).toBe(expected);
    }
  });

  it("keeps foreign numbers in their country and digits of odd input", () => {
    expect(normalizePhone("+49 30 123456")).toBe("4930123456");
    expect(normalizePhone("ext. 12")).toBe("12");
    expect(normalizePhone("no digits")).toBeNull();
  });

  it("turns a phone-like query into digits to look for, and leaves names alone", () => {
    expect(phoneSearchDigits("+7 (495) 123-45-67")).toBe("74951234567");
    expect(phoneSearchDigits("84951234567")).toBe("74951234567");
    expect(phoneSearchDigits("123-45")).toBe("12345");
    expect(phoneSearchDigits("Ромашка")).toBeNull();
    expect(phoneSearchDigits("12")).toBeNull();
  });

  it("normalises e-mails and websites for comparison", () => {
    expect(normalizeContactValue("EMAIL", "  Info@Romashka.RU ")).toBe("info@romashka.ru");
    expect(normalizeContactValue("WEBSITE", "https://www.romashka.ru/")).toBe("romashka.ru");
    expect(normalizeContactValue("ADDRESS", "Москва")).toBeNull();
  });
});
