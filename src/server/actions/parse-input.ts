import "server-only";
import type { z } from "zod";
import { ValidationError } from "@/server/errors";

/** FormData becomes a plain object; a key given several times (checkbox groups, multiselects) becomes an array. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    out[key] = values.length === 1 ? values[0] : values;
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    fieldErrors[field] ??= messageKeyOf(issue);
  }
  throw new ValidationError(fieldErrors);
}
