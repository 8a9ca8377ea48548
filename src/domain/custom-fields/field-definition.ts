import { z } from "zod";
import { ROLES, type Role } from "@/domain/auth/permissions";

export const FIELD_TYPES = ["TEXT", "LONG_TEXT", "NUMBER", "MONEY", "DATE", "BOOLEAN", "SELECT", "MULTISELECT", "EMAIL", "PHONE", "URL", "USER"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  labelRu: string;
  labelEn: string;
}

export interface FieldDefinition {
  key: string;
  labelRu: string;
  labelEn: string;
  type: FieldType;
  options: FieldOption[];
  required: boolean;
  section: string;
  position: number;
  showInList: boolean;
  filterable: boolean;
  countsForCompleteness: boolean;
  visibleTo: Role[];
  editableBy: Role[];
  hidden: boolean;
  archived: boolean;
}

const WITH_OPTIONS: FieldType[] = ["SELECT", "MULTISELECT"];
const MAX_OPTIONS = 200;

const optionSchema = z.object({
  value: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  labelRu: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  labelEn: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
});

const roles = z.array(z.enum(ROLES)).transform((list) => [...new Set<Role>(["ADMIN", ...list])]);

/** What an admin submits for a field; the key is fixed once created (values are stored under it). */
export const fieldDefinitionInputSchema = z
  .object({
    key: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, "validation.fieldKeyFormat"),
    labelRu: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
    labelEn: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
    type: z.enum(FIELD_TYPES, "validation.choose"),
    options: z.array(optionSchema).max(MAX_OPTIONS, "validation.tooLong").default([]),
    required: z.boolean().default(false),
    section: z.string().trim().min(1, "validation.required").max(60, "validation.tooLong"),
    showInList: z.boolean().default(false),
    filterable: z.boolean().default(false),
    countsForCompleteness: z.boolean().default(false),
    visibleTo: roles,
    editableBy: roles,
  })
  .superRefine((field, ctx) => {
    const needsOptions = WITH_OPTIONS.includes(field.type);
    if (needsOptions && field.options.length === 0) ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsRequired" });
    if (!needsOptions && field.options.length > 0) ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsNotAllowed" });
    if (new Set(field.options.map((o) => o.value)).size !== field.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsDuplicate" });
    }
    if (field.editableBy.some((r) => !field.visibleTo.includes(r))) {
      ctx.addIssue({ code: "custom", path: ["editableBy"], message: "validation.editableNotVisible" });
    }
  });

export type FieldDefinitionInput = z.infer<typeof fieldDefinitionInputSchema>;

export function canSeeField(field: Pick<FieldDefinition, "visibleTo" | "hidden" | "archived">, role: Role): boolean {
  return !field.archived && !field.hidden && field.visibleTo.includes(role);
}

export function canEditField(field: Pick<FieldDefinition, "editableBy" | "archived">, role: Role): boolean {
  return !field.archived && field.editableBy.includes(role);
}

export function fieldLabel(field: Pick<FieldDefinition, "labelRu" | "labelEn">, locale: "ru" | "en"): string {
  return locale === "ru" ? field.labelRu : field.labelEn;
}

export function optionLabel(field: Pick<FieldDefinition, "options">, value: string, locale: "ru" | "en"): string {
  const option = field.options.find((o) => o.value === value);
  return option ? (locale === "ru" ? option.labelRu : option.labelEn) : value;
}
