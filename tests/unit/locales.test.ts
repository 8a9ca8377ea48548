import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import ru from "@/i18n/messages/ru.json";
import en from "@/i18n/messages/en.json";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("languages", () => {
  it("has every message in both Russian and English", () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it("picks the first supported language of the browser", () => {
    expect(localeFromAcceptLanguage("de-DE,en-US;q=0.8,ru;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9")).toBe("ru");
    expect(localeFromAcceptLanguage("de")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });

  it("translates keys with values and falls back for unknown keys", () => {
    expect(translate("en", "admin.users.invited", { email: "a@b.c" })).toBe("Invitation sent to a@b.c");
    expect(translate("ru", "no.such.key")).toBe(translate("ru", "errors.unexpected"));
  });
});
