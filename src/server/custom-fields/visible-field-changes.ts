import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { canSeeField } from "@/domain/custom-fields/field-definition";
import type { TenantContext } from "@/server/tenant-context";
import { listFieldDefinitions } from "./list-field-definitions";

/** The audit events that record custom-field values, and whose fields they are. */
const FIELD_EVENTS: Record<string, "COUNTERPARTY" | "CONTACT_PERSON"> = {
  "counterparty.fields_updated": "COUNTERPARTY",
  "contact_person.fields_updated": "CONTACT_PERSON",
};
/** Keys of those events that are not field values (the person the change was about). */
const CONTEXT_KEYS = new Set(["person"]);

type Changes = { before?: Record<string, unknown>; after?: Record<string, unknown> };

/**
 * History entries as the reader may see them: the values of custom fields hidden from his role (or archived, or
 * since removed) are left out of the recorded changes, as they are left out of the card.
 */
export async function withVisibleFieldChanges<E extends { action: string | null; changes: Prisma.JsonValue | null }>(
  ctx: TenantContext,
  entries: E[],
): Promise<E[]> {
  if (!entries.some((e) => e.action && FIELD_EVENTS[e.action])) return entries;
  const [own, person] = await Promise.all([
    listFieldDefinitions(ctx),
    listFieldDefinitions(ctx, { entity: "CONTACT_PERSON" }),
  ]);
  const visible = {
    COUNTERPARTY: new Set(own.filter((f) => canSeeField(f, ctx.role)).map((f) => f.key)),
    CONTACT_PERSON: new Set(person.filter((f) => canSeeField(f, ctx.role)).map((f) => f.key)),
  };
  const keep = (values: Record<string, unknown> | undefined, keys: Set<string>) =>
    values && Object.fromEntries(Object.entries(values).filter(([k]) => keys.has(k) || CONTEXT_KEYS.has(k)));
  return entries.map((e) => {
    const entity = e.action ? FIELD_EVENTS[e.action] : undefined;
    if (!entity) return e;
    const { before, after } = (e.changes ?? {}) as Changes;
    return {
      ...e,
      changes: { before: keep(before, visible[entity]), after: keep(after, visible[entity]) } as Prisma.JsonValue,
    };
  });
}
