import { z } from "zod";

export const ABC_MEASURES = ["REVENUE", "GROSS_PROFIT", "SALES_COUNT"] as const;
export const PERIODICITIES = ["MONTH", "WEEK", "QUARTER"] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

const int = (min: number, max: number) =>
  z.coerce
    .number("validation.wholeNumber")
    .int("validation.wholeNumber")
    .min(min, "validation.range")
    .max(max, "validation.range");
// "0,5" is how a Russian user types a half.
const ratio = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
  z.coerce.number("validation.number").min(0, "validation.range").max(10, "validation.range"),
);

/** SPEC §6 parameters with their defaults; the form and the stored settings go through the same schema. */
export const classificationParametersSchema = z
  .object({
    measure: z.enum(ABC_MEASURES, "validation.choose").default("REVENUE"),
    /** The ABC period: this many complete months before the analysis date's month. */
    abcMonths: int(1, 36).default(12),
    thresholdA: int(1, 98).default(80),
    thresholdB: int(1, 98).default(15),
    thresholdC: int(1, 98).default(5),
    periodicity: z.enum(PERIODICITIES, "validation.choose").default("MONTH"),
    windowPeriods: int(1, 60).default(12),
    lossPeriods: int(1, 60).default(6),
    regularPeriods: int(1, 60).default(3),
    cvX: ratio.default(0.5),
    cvY: ratio.default(1),
    /** The nightly run's hour in the tenant's zone. */
    runHour: int(0, 23).default(2),
  })
  .superRefine((p, ctx) => {
    if (p.thresholdA + p.thresholdB + p.thresholdC !== 100)
      ctx.addIssue({ code: "custom", path: ["thresholdC"], message: "validation.thresholdsSum" });
    if (p.lossPeriods > p.windowPeriods)
      ctx.addIssue({ code: "custom", path: ["lossPeriods"], message: "validation.notAboveWindow" });
    if (p.regularPeriods > p.windowPeriods)
      ctx.addIssue({ code: "custom", path: ["regularPeriods"], message: "validation.notAboveWindow" });
    if (p.cvX >= p.cvY) ctx.addIssue({ code: "custom", path: ["cvY"], message: "validation.cvOrder" });
  });

export type ClassificationParameters = z.infer<typeof classificationParametersSchema>;

export const DEFAULT_CLASSIFICATION_PARAMETERS: ClassificationParameters = classificationParametersSchema.parse({});

/** The stored parameters, or the defaults where they are missing or no longer valid. */
export function readClassificationParameters(stored: unknown): ClassificationParameters {
  const parsed = classificationParametersSchema.safeParse(stored && typeof stored === "object" ? stored : {});
  return parsed.success ? parsed.data : DEFAULT_CLASSIFICATION_PARAMETERS;
}
