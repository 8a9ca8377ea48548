import "server-only";
import type { z } from "zod";
import { ValidationError } from "@/server/errors";

// NUL and the other C0 controls but tab and line breaks: PostgreSQL refuses NUL in text, and none is typed by a user.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The dotted names of the input's strings that hold a control character, nested objects and arrays included. */
function fieldsWithControlCharacters(value: unknown, path = ""): string[] {
  if (typeof value === "string") return CONTROL_CHARACTER.test(value) ? [path || "_form"] : [];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    fieldsWithControlCharacters(inner, path ? `${path}.${key}` : key),
  );
}

const ROW_FIELD = /^([A-Za-z]\w*)\.(\d{1,4})\.([A-Za-z]\w*)$/;

/**
 * FormData becomes a plain object; a key given several times (checkbox groups, multiselects) becomes an array, and
 * `lines.3.quantity` becomes `lines[3].quantity`, so repeated rows (order lines) parse as an array of objects whose
 * field errors come back under the same names the inputs carry.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    const value = values.length === 1 ? values[0] : values;
    const row = ROW_FIELD.exec(key);
    if (!row) {
      out[key] = value;
      continue;
    }
    const [, list = "", index = "0", field = ""] = row;
    const rows = (Array.isArray(out[list]) ? out[list] : (out[list] = [])) as Record<string, unknown>[];
    (rows[Number(index)] ??= {})[field] = value;
  }
  for (const [key, value] of Object.entries(out)) {
    if (Array.isArray(value) && value.some((v) => typeof v === "object")) out[key] = value.filter(Boolean);
  }
  return out;
}

function messageKeyOf(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith("validation.")) return issue.message;
  switch (issue.code) {
    case "invalid_union": {
      // "empty, or a number in range": the branch that got furthest says what is wrong, not the literal "".
      const inner = issue.errors.flat().find((i) => i.code !== "invalid_value" && i.message.startsWith("validation."));
      return inner ? inner.message : "validation.invalid";
    }
    case "too_small":
      return issue.minimum === 1 && issue.origin === "string" ? "validation.required" : "validation.tooShort";
    case "too_big":
      return "validation.tooLong";
    case "invalid_format":
      return issue.format === "email" ? "validation.email" : "validation.invalid";
    case "invalid_value":
      return "validation.choose";
    case "invalid_type":
      return issue.input === undefined ? "validation.required" : "validation.invalid";
    default:
      return "validation.invalid";
  }
}

/**
 * Parses untrusted input with a zod object, which is the allow-list of accepted keys: anything else (`tenantId`,
 * `version` where not asked for, roles, owners) is dropped before the use case sees it.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  const unwritable = fieldsWithControlCharacters(input);
  if (unwritable.length)
    throw new ValidationError(Object.fromEntries(unwritable.map((field) => [field, "validation.controlCharacters"])));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    fieldErrors[field] ??= messageKeyOf(issue);
  }
  throw new ValidationError(fieldErrors);
}
