import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import ru from "@/i18n/messages/ru";
import en from "@/i18n/messages/en";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("languages", () => {
  it("has every message in both Russian and English", () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it("has a message for every validation and error key the code uses", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter(
      (f) => /\.tsx?$/.test(f) && !f.startsWith("generated"),
    );
    const used = new Set(
      files.flatMap((f) =>
        [...readFileSync(join("src", f), "utf8").matchAll(/"((?:validation|errors)\.[a-zA-Z]+)"/g)].map((m) => m[1]!),
      ),
    );
    const known = new Set(keys(en));
    expect([...used].filter((k) => !known.has(k)).sort()).toEqual([]);
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

  it("counts rows in Russian with the right plural form, and in English", () => {
    const commit = (locale: "ru" | "en", count: number) => translate(locale, "imports.commit", { count });
    expect([1, 2, 5, 11, 21, 22].map((n) => commit("ru", n))).toEqual([
      "Загрузить 1 строку",
      "Загрузить 2 строки",
      "Загрузить 5 строк",
      "Загрузить 11 строк",
      "Загрузить 21 строку",
      "Загрузить 22 строки",
    ]);
    expect(commit("ru", 1000)).toMatch(/^Загрузить 1\s000 строк$/);
    expect([1, 2].map((n) => commit("en", n))).toEqual(["Import 1 row", "Import 2 rows"]);
  });
});
