import { z } from "zod";
import { flag, idempotencyKey, optionalRecordId, optionalText, recordId } from "@/domain/forms/form-fields";

export const INTERACTION_TYPES = ["CALL", "MEETING", "EMAIL", "LETTER", "MESSAGE", "OTHER"] as const;
export const DIRECTIONS = ["OUTGOING", "INCOMING"] as const;
export const IMPORTANCES = ["HIGH", "NORMAL", "LOW"] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** `YYYY-MM-DDTHH:mm` from `<input type="datetime-local">`; read in the tenant's zone by the use case. */
export const wallClock = z
  .string("validation.required")
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "validation.dateTime");
const optionalWallClock = z
  .union([z.literal(""), wallClock])
  .optional()
  .transform((v) => v || null);
export const minutes = z
  .union([
    z.literal(""),
    z.coerce
      .number()
      .int("validation.wholeNumber")
      .min(0, "validation.range")
      .max(24 * 60, "validation.range"),
  ])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

/**
 * SPEC §4.1. One form plans a contact (`done` off: `at` is the planned time, with an optional reminder before it)
 * or logs one that took place (`done` on: `at` is when, with the result and the time spent).
 */
export const interactionSchema = z
  .object({
    counterpartyId: recordId,
    contactPersonId: optionalRecordId,
    responsibleUserId: optionalRecordId,
    orderId: optionalRecordId,
    sourceId: optionalRecordId,
    type: z.enum(INTERACTION_TYPES, "validation.choose"),
    direction: z.enum(DIRECTIONS, "validation.choose").default("OUTGOING"),
    importance: z.enum(IMPORTANCES, "validation.choose").default("NORMAL"),
    subject: z.string("validation.required").trim().min(1, "validation.required").max(300, "validation.tooLong"),
    content: optionalText(20_000),
    done: flag,
    at: wallClock,
    remindAt: optionalWallClock,
    durationMinutes: minutes,
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    // Same zone, same format: the strings order as the times do.
    if (value.remindAt && !value.done && value.remindAt > value.at) {
      ctx.addIssue({ code: "custom", path: ["remindAt"], message: "validation.reminderAfterPlanned" });
    }
    if (value.sourceId && value.direction !== "INCOMING") {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "validation.sourceOnlyIncoming" });
    }
  });

export type InteractionInput = z.infer<typeof interactionSchema>;
