import { z } from "zod";
import { CONTACT_INFO_TYPES } from "./normalize";

/** One contact-info entry as typed on the card; the value is checked according to its type. */
export const contactInfoEntrySchema = z
  .object({
    type: z.enum(CONTACT_INFO_TYPES, "validation.choose"),
    value: z.string().trim().min(1, "validation.required").max(500, "validation.tooLong"),
    label: z
      .string()
      .trim()
      .max(60, "validation.tooLong")
      .optional()
      .transform((v) => v || null),
    isPrimary: z
      .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
      .optional()
      .transform((v) => v === true || v === "on" || v === "true"),
  })
  .superRefine((entry, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: "custom", path: ["value"], message });
    if (entry.type === "EMAIL" && !z.email().safeParse(entry.value).success) bad("validation.email");
    if (entry.type === "PHONE" && entry.value.replace(/\D/g, "").length < 5) bad("validation.phone");
    if (entry.type === "WEBSITE" && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(entry.value)) bad("validation.url");
  });
