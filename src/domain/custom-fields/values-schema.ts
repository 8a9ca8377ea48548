import { z } from "zod";
import type { Role } from "@/domain/auth/permissions";
import { canEditField, type FieldDefinition } from "./field-definition";

/** One value as stored in the owner's `customFields` JSONB; MONEY stays a string so no amount passes through a float. */
export type StoredValue = string | number | boolean | string[];

type Parsed = { value?: StoredValue; error?: string };
const NO_VALUE: Parsed = {};

const MAX_LENGTH: Partial<Record<FieldDefinition["type"], number>> = {
  TEXT: 500,
  LONG_TEXT: 10_000,
  EMAIL: 254,
  PHONE: 50,
  URL: 2000,
};
const MONEY_PATTERN = /^-?\d{1,16}\.\d{2}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Russian users group digits with (non-breaking) spaces and use a decimal comma: "1 500,50". */
const compactDecimal = (text: string) => text.replace(/\s/g, "").replace(",", ".");

function parseMoney(text: string): Parsed {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(compactDecimal(text));
  if (!match) return { error: "validation.money" };
  const whole = match[2]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[3] ?? "").padEnd(2, "0");
  if (whole.length > 16) return { error: "validation.money" };
  const sign = match[1] && /[1-9]/.test(whole + fraction) ? "-" : "";
  return { value: `${sign}${whole}.${fraction}` };
}

function parseScalar(field: FieldDefinition, text: string, knownUserIds: readonly string[]): Parsed {
  if (text.length > (MAX_LENGTH[field.type] ?? Infinity)) return { error: "validation.tooLong" };
  switch (field.type) {
    case "NUMBER": {
      const compact = compactDecimal(text);
      const number = Number(compact);
      if (!/^-?\d+(\.\d+)?$/.test(compact) || !Number.isFinite(number)) return { error: "validation.number" };
      return { value: number === 0 ? 0 : number };
    }
    case "MONEY":
      return parseMoney(text);
    case "DATE":
      return isRealDate(text) ? { value: text } : { error: "validation.date" };
    case "SELECT":
      return field.options.some((o) => o.value === text) ? { value: text } : { error: "validation.choose" };
    case "USER":
      return knownUserIds.includes(text) ? { value: text } : { error: "validation.choose" };
    case "EMAIL": {
      const email = text.toLowerCase();
      return z.email().safeParse(email).success ? { value: email } : { error: "validation.email" };
    }
    case "PHONE":
      return text.replace(/\D/g, "").length >= 5 ? { value: text } : { error: "validation.phone" };
    case "URL":
      return isHttpUrl(text) ? { value: text } : { error: "validation.url" };
    default:
      return { value: text };
  }
}

/** One field's raw form value (a string, or strings for a multiselect) → what is stored; "" or absent is no value. */
function parseFieldValue(field: FieldDefinition, raw: unknown, knownUserIds: readonly string[]): Parsed {
  if (field.type === "BOOLEAN") {
    // An unchecked box sends nothing, so absence is "false", never "missing".
    if (raw === undefined || raw === "" || raw === "false") return { value: false };
    return raw === "true" || raw === "on" ? { value: true } : { error: "validation.invalid" };
  }
  if (field.type === "MULTISELECT") {
    const list = typeof raw === "string" ? [raw] : raw === undefined ? [] : raw;
    if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) return { error: "validation.invalid" };
    const chosen = [...new Set(list.map((v) => v.trim()).filter((v) => v !== ""))];
    if (!chosen.every((v) => field.options.some((o) => o.value === v))) return { error: "validation.choose" };
    return chosen.length > 0 ? { value: chosen } : NO_VALUE;
  }
  if (raw === undefined) return NO_VALUE;
  if (typeof raw !== "string") return { error: "validation.invalid" };
  const text = raw.trim();
  return text === "" ? NO_VALUE : parseScalar(field, text, knownUserIds);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Validates the custom-field values a user of `role` submits for one record. Only the fields he may edit are read,
 * unknown keys are dropped, and every bad value is reported under its field's key. The output is the JSONB to store
 * for those fields: a field without a value is absent.
 */
export function buildValuesSchema(
  definitions: readonly FieldDefinition[],
  role: Role,
  options: { knownUserIds?: readonly string[] } = {},
): z.ZodType<Record<string, StoredValue>> {
  const editable = definitions.filter((d) => canEditField(d, role));
  const knownUserIds = options.knownUserIds ?? [];
  return z.custom<Record<string, unknown>>(isRecord, "validation.invalid").transform((input, ctx) => {
    const values: Record<string, StoredValue> = {};
    let valid = true;
    for (const field of editable) {
      // Own keys only: a field keyed "constructor" must not read Object.prototype.
      const raw = Object.hasOwn(input, field.key) ? input[field.key] : undefined;
      const { value, error } = parseFieldValue(field, raw, knownUserIds);
      const message = error ?? (value === undefined && field.required ? "validation.required" : undefined);
      if (message) {
        valid = false;
        ctx.addIssue({ code: "custom", path: [field.key], message, input: raw });
      } else if (value !== undefined) values[field.key] = value;
    }
    return valid ? values : z.NEVER;
  });
}

function hasStoredShape(field: FieldDefinition, value: unknown): value is StoredValue {
  switch (field.type) {
    case "BOOLEAN":
      return typeof value === "boolean";
    case "NUMBER":
      return typeof value === "number" && Number.isFinite(value);
    case "MONEY":
      return typeof value === "string" && MONEY_PATTERN.test(value);
    case "DATE":
      return typeof value === "string" && isRealDate(value);
    case "MULTISELECT":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "URL":
      // Rendered as a link: whatever put it in the database, never hand a javascript: address to an href.
      return typeof value === "string" && isHttpUrl(value);
    default:
      return typeof value === "string";
  }
}

/**
 * Reads stored JSONB back for display. Definitions change after values are saved (a type switched, a field renamed),
 * so keys without a definition and values of the wrong shape are skipped rather than trusted.
 */
export function parseStoredValues(definitions: readonly FieldDefinition[], json: unknown): Record<string, StoredValue> {
  if (!isRecord(json)) return {};
  const values: Record<string, StoredValue> = {};
  for (const field of definitions) {
    const value = Object.hasOwn(json, field.key) ? json[field.key] : undefined;
    if (hasStoredShape(field, value)) values[field.key] = value;
  }
  return values;
}
