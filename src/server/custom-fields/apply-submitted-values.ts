import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { buildValuesSchema } from "@/domain/custom-fields/values-schema";
import { canEditField } from "@/domain/custom-fields/field-definition";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { listFieldDefinitions } from "./list-field-definitions";

/** Form keys of admin-designed fields are `cf.<key>`. */
export function submittedValues(input: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([k]) => k.startsWith("cf."))
      .map(([k, v]) => [k.slice(3), v]),
  );
}

/**
 * Validates the submitted values against the entity's definitions and returns a function that merges them into
 * the stored ones: values of fields this user may not edit (or that are archived) are kept as they are. Bad
 * values come back under the form's names, next to the inputs.
 */
export async function parseSubmittedValues(
  ctx: TenantContext,
  entity: "COUNTERPARTY" | "CONTACT_PERSON",
  submitted: Record<string, unknown>,
) {
  const definitions = await listFieldDefinitions(ctx, { entity });
  const knownUserIds = (
    await db().membership.findMany({ where: { tenantId: ctx.tenant.id }, select: { userId: true } })
  ).map((m) => m.userId);
  const parsed = buildValuesSchema(definitions, ctx.role, { knownUserIds }).safeParse(submitted);
  if (!parsed.success)
    throw new ValidationError(
      Object.fromEntries(parsed.error.issues.map((i) => [`cf.${String(i.path[0] ?? "")}`, i.message])),
    );
  const editableKeys = new Set(definitions.filter((d) => canEditField(d, ctx.role)).map((d) => d.key));
  return (stored: unknown) => {
    const kept = Object.fromEntries(
      Object.entries((stored ?? {}) as Record<string, unknown>).filter(([k]) => !editableKeys.has(k)),
    );
    return { ...kept, ...parsed.data } as Prisma.InputJsonObject;
  };
}
