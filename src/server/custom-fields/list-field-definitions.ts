import "server-only";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** The tenant's fields of an entity in card order (section, then position); archived ones only when asked for. */
export async function listFieldDefinitions(
  ctx: TenantContext,
  options: { entity?: "COUNTERPARTY" | "CONTACT_PERSON"; includeArchived?: boolean } = {},
): Promise<(FieldDefinition & { id: string })[]> {
  const rows = await db().fieldDefinition.findMany({
    where: {
      tenantId: ctx.tenant.id,
      entity: options.entity ?? "COUNTERPARTY",
      ...(options.includeArchived ? {} : { archived: false }),
    },
    orderBy: [{ section: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({ ...r, options: r.options as unknown as FieldDefinition["options"] }));
}
