import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { ROLES } from "@/domain/auth/permissions";
import { fieldDefinitionInputSchema } from "@/domain/custom-fields/field-definition";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { parseInput } from "@/server/actions/parse-input";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");
const roleList = z
  .union([z.enum(ROLES), z.array(z.enum(ROLES))])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The designer's form as posted; it is turned into the domain's definition input (and validated there). */
export const saveFieldDefinitionInput = z.object({
  id: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  /** Whose card the field belongs to; chosen when the field is created, never changed. */
  entity: z.enum(["COUNTERPARTY", "CONTACT_PERSON"]).catch("COUNTERPARTY").default("COUNTERPARTY"),
  key: z.string().max(100).default(""),
  labelRu: z.string().max(200).default(""),
  labelEn: z.string().max(200).default(""),
  type: z.string().max(20).default(""),
  /** One option a line: "value; Русский; English" (the labels default to the value). */
  options: z.string().max(20_000, "validation.tooLong").optional().default(""),
  section: z.string().max(100).default(""),
  required: checkbox,
  showInList: checkbox,
  filterable: checkbox,
  countsForCompleteness: checkbox,
  visibleTo: roleList,
  editableBy: roleList,
});

function toDefinition({ id: _id, entity: _entity, options, ...rest }: z.infer<typeof saveFieldDefinitionInput>) {
  const parsedOptions = options
    .split(/\r?\n/)
    .map((line) => line.split(";").map((p) => p.trim()))
    .filter(([value]) => value)
    .map(([value, ru, en]) => ({ value: value!, labelRu: ru || value!, labelEn: en || ru || value! }));
  return parseInput(fieldDefinitionInputSchema, { ...rest, options: parsedOptions });
}

/** Creates a field at the end of its section, or updates one; the key of an existing field never changes. */
export async function saveFieldDefinition(ctx: TenantContext, input: z.infer<typeof saveFieldDefinitionInput>) {
  const tenantId = ctx.tenant.id;
  const field = toDefinition(input);
  const data = { ...field, options: field.options as unknown as Prisma.InputJsonValue };
  try {
    return await db().$transaction(async (tx) => {
      if (input.id) {
        const before = await tx.fieldDefinition.findUnique({ where: { tenantId_id: { tenantId, id: input.id } } });
        if (!before) throw new NotFoundError();
        const { key: _key, ...changes } = data;
        await tx.fieldDefinition.update({ where: { tenantId_id: { tenantId, id: input.id } }, data: changes });
        await recordAuditEvent(tx, {
          tenantId,
          actorUserId: ctx.user.id,
          action: "field.updated",
          entity: "FieldDefinition",
          entityId: input.id,
          before: { type: before.type, required: before.required, labelRu: before.labelRu },
          after: { type: field.type, required: field.required, labelRu: field.labelRu },
        });
        return { id: input.id };
      }
      const entity = input.entity;
      const last = await tx.fieldDefinition.aggregate({
        where: { tenantId, entity, section: field.section },
        _max: { position: true },
      });
      const created = await tx.fieldDefinition.create({
        data: { tenantId, entity, ...data, position: (last._max.position ?? -1) + 1 },
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "field.created",
        entity: "FieldDefinition",
        entityId: created.id,
        after: { key: field.key, type: field.type, required: field.required },
      });
      return { id: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ key: "validation.fieldKeyTaken" });
    throw error;
  }
}
