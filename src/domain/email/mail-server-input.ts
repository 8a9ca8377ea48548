import { z } from "zod";

export const SMTP_SECURITY = ["STARTTLS", "TLS", "NONE"] as const;

/** The tenant's SMTP server (SPEC §4.3). An empty password keeps the stored one. */
export const mailServerSchema = z.object({
  host: z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(255, "validation.tooLong")
    .regex(/^[A-Za-z0-9.-]+$/, "validation.host"),
  port: z.coerce
    .number("validation.wholeNumber")
    .int("validation.wholeNumber")
    .min(1, "validation.range")
    .max(65535, "validation.range"),
  security: z.enum(SMTP_SECURITY, "validation.choose"),
  username: z
    .string()
    .trim()
    .max(255, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
  password: z
    .string()
    .max(500, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
  fromAddress: z.string("validation.required").trim().max(255, "validation.tooLong").pipe(z.email("validation.email")),
});

export type MailServerInput = z.infer<typeof mailServerSchema>;
