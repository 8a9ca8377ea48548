import { z } from "zod";
import { ROLES, type Role } from "@/domain/auth/permissions";

export const FIELD_TYPES = [
  "TEXT",
  "LONG_TEXT",
  "NUMBER",
  "MONEY",
  "DATE",
  "BOOLEAN",
  "SELECT",
  "MULTISELECT",
  "EMAIL",
  "PHONE",
  "URL",
  "USER",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const TYPES_WITH_OPTIONS: readonly FieldType[] = ["SELECT", "MULTISELECT"];
const MAX_OPTIONS = 200;

interface FieldOption {
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

const label = (max: number) =>
  z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");
const flag = z.boolean("validation.invalid").default(false);

const optionSchema = z.object({ value: label(80), labelRu: label(80), labelEn: label(80) }, "validation.invalid");

// The admin may not lock himself out of a field, so ADMIN is always in both lists; ROLES order keeps the output stable.
const roleList = z
  .array(z.enum(ROLES, "validation.choose"), "validation.invalid")
  .default([])
  .transform((list) => ROLES.filter((role) => role === "ADMIN" || list.includes(role)));

/**
 * What an admin submits to create or edit a field. Position, hidden and archived have their own actions; the key is
 * fixed once created because values are stored under it.
 */
export const fieldDefinitionInputSchema = z
  .object(
    {
      key: z
        .string("validation.fieldKeyFormat")
        .trim()
        .regex(/^[a-z][a-z0-9_]{1,39}$/, "validation.fieldKeyFormat"),
      labelRu: label(80),
      labelEn: label(80),
      type: z.enum(FIELD_TYPES, "validation.choose"),
      options: z.array(optionSchema, "validation.invalid").max(MAX_OPTIONS, "validation.optionsTooMany").default([]),
      required: flag,
      section: label(60),
      showInList: flag,
      filterable: flag,
      countsForCompleteness: flag,
      visibleTo: roleList,
      editableBy: roleList,
    },
    "validation.invalid",
  )
  .superRefine((field, ctx) => {
    const takesOptions = TYPES_WITH_OPTIONS.includes(field.type);
    if (takesOptions && field.options.length === 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsRequired" });
    if (!takesOptions && field.options.length > 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsNotAllowed" });
    if (new Set(field.options.map((o) => o.value)).size !== field.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsDuplicate" });
    }
    if (field.editableBy.some((role) => !field.visibleTo.includes(role))) {
      ctx.addIssue({ code: "custom", path: ["editableBy"], message: "validation.editableNotVisible" });
    }
  });

export function canSeeField(field: Pick<FieldDefinition, "visibleTo" | "hidden" | "archived">, role: Role): boolean {
  return !field.archived && !field.hidden && field.visibleTo.includes(role);
}

/** A field missing from the form (hidden, archived, not visible) is never edited, so its stored value survives a save. */
export function canEditField(
  field: Pick<FieldDefinition, "visibleTo" | "editableBy" | "hidden" | "archived">,
  role: Role,
): boolean {
  return canSeeField(field, role) && field.editableBy.includes(role);
}

export function fieldLabel(field: Pick<FieldDefinition, "labelRu" | "labelEn">, locale: "ru" | "en"): string {
  return locale === "ru" ? field.labelRu : field.labelEn;
}

/** A value whose option was removed later is shown as stored rather than dropped. */
export function optionLabel(field: Pick<FieldDefinition, "options">, value: string, locale: "ru" | "en"): string {
  const option = field.options.find((o) => o.value === value);
  return option ? (locale === "ru" ? option.labelRu : option.labelEn) : value;
}
