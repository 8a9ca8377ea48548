import { z } from "zod";

// Paths of the app itself that a tenant's URL must never shadow.
const RESERVED = new Set(["api", "admin", "new", "sign-in", "sign-up", "invite", "select-tenant", "t", "www", "app"]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "validation.slugLength")
  .max(40, "validation.slugLength")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "validation.slugFormat")
  .refine((s) => !RESERVED.has(s), "validation.slugReserved");

/** A suggestion from a company name: Latin letters and digits, Cyrillic transliterated. */
export function suggestSlug(companyName: string): string {
  const map: Record<string, string> = {
    а: "a",
    б: "b",
    в: "v",
    г: "g",
    д: "d",
    е: "e",
    ё: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "y",
    к: "k",
    л: "l",
    м: "m",
    н: "n",
    о: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ф: "f",
    х: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
  };
  const latin = [...companyName.toLowerCase()].map((c) => map[c] ?? c).join("");
  return latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}
