import { z } from "zod";
import { optionalText, recordId } from "@/domain/forms/form-fields";

const blankAsNull = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(""), z.enum(values, "validation.choose")])
    .optional()
    .transform((v) => (v ? v : null));

/**
 * SPEC §6.5: a director's values for a counterparty; an empty choice means "automatic". XYZ is set only with the
 * stage REGULAR, and setting or changing a value needs a reason.
 */
export const classificationOverrideSchema = z
  .object({
    counterpartyId: recordId,
    abcManual: blankAsNull(["A", "B", "C"] as const),
    stageManual: blankAsNull(["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const),
    xyzManual: blankAsNull(["X", "Y", "Z"] as const),
    reason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.xyzManual && v.stageManual !== "REGULAR")
      ctx.addIssue({ code: "custom", path: ["xyzManual"], message: "validation.xyzOnlyRegular" });
  });

export type ClassificationOverrideInput = z.infer<typeof classificationOverrideSchema>;
