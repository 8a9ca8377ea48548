import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

export const moveFieldInput = z.object({ id: z.string().min(1).max(64), direction: z.enum(["up", "down"]) });

/** Swaps the field with its neighbour in the same section; the positions are renumbered so they stay dense. */
export async function moveField(ctx: TenantContext, input: z.infer<typeof moveFieldInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const field = await tx.fieldDefinition.findUnique({ where: { tenantId_id: { tenantId, id: input.id } } });
    if (!field) throw new NotFoundError();
    const siblings = await tx.fieldDefinition.findMany({
      where: { tenantId, entity: field.entity, section: field.section },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const order = siblings.map((s) => s.id);
    const from = order.indexOf(field.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) {
      await tx.fieldDefinition.update({ where: { tenantId_id: { tenantId, id } }, data: { position } });
    }
  });
}
