import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { LIST_COLUMNS } from "@/domain/counterparties/list-query";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

const COLUMN = z.union([z.enum(LIST_COLUMNS), z.string().regex(/^cf\.[a-z][a-z0-9_]{1,39}$/)]);

export const setListColumnsInput = z.object({
  columns: z
    .union([COLUMN, z.array(COLUMN).max(60)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

function where(ctx: TenantContext) {
  return { tenantId_userId: { tenantId: ctx.tenant.id, userId: ctx.user.id } };
}

/** The columns this user chose for the counterparty list (built-in keys and `cf.<key>`), or null for the default. */
export async function getListColumns(ctx: TenantContext): Promise<string[] | null> {
  const membership = await db().membership.findUnique({ where: where(ctx), select: { preferences: true } });
  const saved = (membership?.preferences as { counterpartyColumns?: unknown } | null)?.counterpartyColumns;
  const parsed = z.array(COLUMN).safeParse(saved);
  return parsed.success ? parsed.data : null;
}

/** Saves the user's columns in his membership of this tenant; an empty choice goes back to the default. */
export async function setListColumns(ctx: TenantContext, input: z.infer<typeof setListColumnsInput>) {
  const membership = await db().membership.findUniqueOrThrow({ where: where(ctx), select: { preferences: true } });
  const preferences = {
    ...(membership.preferences as object),
    counterpartyColumns: input.columns.length ? input.columns : undefined,
  } as Prisma.InputJsonValue;
  await db().membership.update({ where: where(ctx), data: { preferences } });
}
