import { z } from "zod";
import { isCalendarDate } from "@/domain/dates/calendar-date";

/** Building blocks of form schemas: what the browser sends as strings becomes typed values or field errors. */

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const flag = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const recordId = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .max(64, "validation.invalid");

/** An optional reference from a select or a hidden field: empty means none. */
export const optionalRecordId = z
  .string()
  .trim()
  .max(64, "validation.invalid")
  .optional()
  .transform((v) => v || null);

/** A calendar date (`YYYY-MM-DD`, what `<input type="date">` sends) as midnight UTC, the way `@db.Date` stores it. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDate(v), "validation.date")
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

export const requiredDate = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .refine(isCalendarDate, "validation.date")
  .transform((v) => new Date(`${v}T00:00:00Z`));

/** A key the form was rendered with, so that submitting it twice creates one document. */
export const idempotencyKey = z
  .string()
  .trim()
  .regex(/^[0-9a-zA-Z-]{8,64}$/, "validation.invalid")
  .optional()
  .transform((v) => v ?? null);
