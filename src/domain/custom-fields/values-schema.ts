import { z } from "zod";
import type { Role } from "@/domain/auth/permissions";
import { canEditField, type FieldDefinition } from "./field-definition";

export type StoredValue = string | number | boolean | string[];

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const decimal = /^-?\d{1,16}([.,]\d+)?$/;

/** The zod schema of one field's raw form value ("" or absent = no value); output is what JSONB stores. */
function valueSchema(field: FieldDefinition, knownUserIds: string[]): z.ZodType<StoredValue | undefined> {
  const optional = <T extends StoredValue>(schema: z.ZodType<T, any>) => // eslint-disable-line @typescript-eslint/no-explicit-any -- any raw form input
    z.preprocess(
      (v) => (v === "" || v === null || (Array.isArray(v) && v.length === 0) ? undefined : v),
      field.required ? z.unknown().refine((v) => v !== undefined, { message: "validation.required", abort: true }).pipe(schema) : schema.optional(),
    ) as z.ZodType<T | undefined>;
  const values = field.options.map((o) => o.value);
  switch (field.type) {
    case "TEXT":
      return optional(text(500));
    case "LONG_TEXT":
      return optional(text(10_000));
    case "NUMBER":
      return optional(z.string().trim().regex(decimal, "validation.number").transform((v) => Number(v.replace(",", "."))));
    case "MONEY":
      return optional(z.string().trim().regex(/^-?\d{1,16}([.,]\d{1,2})?$/, "validation.money").transform((v) => Number(v.replace(",", ".")).toFixed(2)));
    case "DATE":
      return optional(
        z.string().trim().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "validation.date"),
      );
    case "BOOLEAN":
      // An unchecked box sends nothing: that is "false", never "missing".
      return z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()) as z.ZodType<boolean>;
    case "SELECT":
      return optional(z.string().refine((v) => values.includes(v), "validation.choose"));
    case "MULTISELECT":
      return optional(
        z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string()).refine((list) => list.every((v) => values.includes(v)), "validation.choose").transform((list) => [...new Set(list)])),
      );
    case "EMAIL":
      return optional(z.string().trim().toLowerCase().pipe(z.email("validation.email")));
    case "PHONE":
      return optional(text(50).refine((v) => v.replace(/\D/g, "").length >= 5, "validation.phone"));
    case "URL":
      return optional(text(2000).refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "validation.url"));
    case "USER":
      return optional(z.string().refine((v) => knownUserIds.includes(v), "validation.choose"));
  }
}

/**
 * Validates the custom-field values a user of `role` submits (keys `cf.<key>` in the form): only fields he may edit,
 * each by its type; unknown keys are dropped. The result holds the values to store (no value = key absent).
 */
export function buildValuesSchema(definitions: FieldDefinition[], role: Role, options: { knownUserIds?: string[] } = {}) {
  const editable = definitions.filter((d) => canEditField(d, role));
  const shape = Object.fromEntries(editable.map((d) => [d.key, valueSchema(d, options.knownUserIds ?? [])]));
  return z.object(shape).transform((values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, StoredValue>);
}

/** Reads stored JSON back for display, ignoring keys without a definition and values of the wrong shape. */
export function parseStoredValues(definitions: FieldDefinition[], json: unknown): Record<string, StoredValue> {
  const stored = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const out: Record<string, StoredValue> = {};
  for (const d of definitions) {
    const v = stored[d.key];
    if (v === undefined || v === null) continue;
    const ok =
      d.type === "BOOLEAN" ? typeof v === "boolean"
      : d.type === "NUMBER" ? typeof v === "number" && Number.isFinite(v)
      : d.type === "MULTISELECT" ? Array.isArray(v) && v.every((x) => typeof x === "string")
      : typeof v === "string";
    if (ok) out[d.key] = v as StoredValue;
  }
  return out;
}

/** Filled for completeness counting (SPEC §7.1.1): a value is present and not blank; a checkbox counts when true. */
export function isFilled(definition: Pick<FieldDefinition, "type">, value: unknown): boolean {
  if (definition.type === "BOOLEAN") return value === true;
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && String(value).trim() !== "";
}
