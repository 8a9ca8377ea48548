import { z } from "zod";
import { idempotencyKey, optionalRecordId, recordId } from "@/domain/forms/form-fields";

const MAX_RECIPIENTS = 20;

/** "a@x.ru, b@y.ru; c@z.ru" → the addresses, or null when any of them is not an e-mail address. */
function parseAddressList(value: string): string[] | null {
  const parts = value
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_RECIPIENTS) return null;
  return parts.every((p) => z.email().safeParse(p).success) ? parts : null;
}

const addressList = (required: boolean) =>
  z
    .string()
    .trim()
    .max(2000, "validation.tooLong")
    .optional()
    .transform((v, ctx) => {
      if (!v) {
        if (required) ctx.addIssue({ code: "custom", message: "validation.required" });
        return null;
      }
      const list = parseAddressList(v);
      if (!list) ctx.addIssue({ code: "custom", message: "validation.emailList" });
      return list?.join(", ") ?? null;
    });

/** SPEC §4.3: an e-mail to a client, about a counterparty and optionally a person, an order or a planned contact. */
export const clientEmailSchema = z.object({
  counterpartyId: recordId,
  contactPersonId: optionalRecordId,
  orderId: optionalRecordId,
  interactionId: optionalRecordId,
  to: addressList(true),
  cc: addressList(false),
  subject: z.string("validation.required").trim().min(1, "validation.required").max(300, "validation.tooLong"),
  body: z.string("validation.required").trim().min(1, "validation.required").max(100_000, "validation.tooLong"),
  idempotencyKey,
});

export type ClientEmailInput = z.infer<typeof clientEmailSchema>;
