import { z } from "zod";
import { optionalDate } from "@/domain/forms/form-fields";

export const DECISION_ROLES = ["DECISION_MAKER", "INFLUENCER", "USER", "OTHER"] as const;

const requiredName = z.string().trim().min(1, "validation.required").max(80, "validation.tooLong");
const optionalName = z
  .string()
  .trim()
  .max(80, "validation.tooLong")
  .optional()
  .transform((v) => v || null);

export const contactPersonSchema = z.object({
  lastName: requiredName,
  firstName: requiredName,
  middleName: optionalName,
  position: z
    .string()
    .trim()
    .max(120, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
  decisionRole: z.enum(DECISION_ROLES, "validation.choose").default("OTHER"),
  birthday: optionalDate.refine((d) => !d || d.getTime() < Date.now(), "validation.birthdayFuture"),
  remindDaysBefore: z
    .union([
      z.literal(""),
      z.coerce.number().int("validation.wholeNumber").min(0, "validation.range").max(60, "validation.range"),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  notes: z
    .string()
    .trim()
    .max(10_000, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
});

export type ContactPersonInput = z.infer<typeof contactPersonSchema>;

export function fullName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}
