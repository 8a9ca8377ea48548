import { z } from "zod";
import { flag } from "@/domain/forms/form-fields";
import { moneySchema } from "@/domain/orders/amounts";

export const productSchema = z.object({
  sku: z.string("validation.required").trim().min(1, "validation.required").max(64, "validation.tooLong"),
  name: z.string("validation.required").trim().min(1, "validation.required").max(300, "validation.tooLong"),
  unit: z
    .string()
    .trim()
    .max(20, "validation.tooLong")
    .optional()
    .transform((v) => v || "шт"),
  salePrice: moneySchema,
  costPrice: moneySchema,
  active: flag,
});

export type ProductInput = z.infer<typeof productSchema>;
