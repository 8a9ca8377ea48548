import "server-only";
import { cache } from "react";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** The tenant's fields of an entity in card order (section, then position); archived ones only when asked for. */
export function listFieldDefinitions(
  ctx: TenantContext,
  options: { entity?: "COUNTERPARTY" | "CONTACT_PERSON"; includeArchived?: boolean } = {},
): Promise<(FieldDefinition & { id: string })[]> {
  return definitionsOf(ctx, options.entity ?? "COUNTERPARTY", options.includeArchived ?? false);
}

// Once per request and key: a card page reads them for its sections, its history and its people alike.
const definitionsOf = cache(
  async (ctx: TenantContext, entity: "COUNTERPARTY" | "CONTACT_PERSON", archived: boolean) => {
    const rows = await db().fieldDefinition.findMany({
      where: {
        tenantId: ctx.tenant.id,
        entity,
        ...(archived ? {} : { archived: false }),
      },
      orderBy: [{ section: "asc" }, { position: "asc" }, { createdAt: "asc" }],
      take: 500,
    });
    return rows.map((r) => ({ ...r, options: r.options as unknown as FieldDefinition["options"] }));
  },
);
