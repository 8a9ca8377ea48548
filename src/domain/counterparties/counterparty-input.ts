import { z } from "zod";
import { flag, optionalText } from "@/domain/forms/form-fields";
import { isValidKpp, isValidTaxId, taxIdLengthFor } from "./tax-id";

/** The requisites a user edits on a counterparty (custom fields are validated separately). */
export const counterpartyRequisitesSchema = z
  .object({
    kind: z.enum(["LEGAL_ENTITY", "INDIVIDUAL"], "validation.choose"),
    name: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
    legalName: optionalText(500),
    taxId: optionalText(12),
    kpp: optionalText(9),
    isCustomer: flag,
    isSupplier: flag,
    isPartner: flag,
    isCompetitor: flag,
    isOther: flag,
    sourceId: optionalText(64),
    notes: optionalText(10_000),
  })
  .superRefine((value, ctx) => {
    if (value.taxId) {
      const length = taxIdLengthFor(value.kind);
      if (value.taxId.length !== length || !/^\d+$/.test(value.taxId)) {
        ctx.addIssue({
          code: "custom",
          path: ["taxId"],
          message: length === 10 ? "validation.taxId10" : "validation.taxId12",
        });
      } else if (!isValidTaxId(value.taxId)) {
        ctx.addIssue({ code: "custom", path: ["taxId"], message: "validation.taxIdChecksum" });
      }
    }
    if (value.kpp) {
      if (value.kind !== "LEGAL_ENTITY")
        ctx.addIssue({ code: "custom", path: ["kpp"], message: "validation.kppOnlyLegal" });
      else if (!isValidKpp(value.kpp)) ctx.addIssue({ code: "custom", path: ["kpp"], message: "validation.kppFormat" });
    }
  });
