import "server-only";
import { canWriteInteraction } from "@/domain/auth/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { visibleInteractionsWhere } from "./interaction-access";

/** One interaction with what its page shows; another tenant's, or one the user may not see, is not found. */
export async function getInteraction(ctx: TenantContext, id: string) {
  const interaction = await db().interaction.findFirst({
    where: { ...visibleInteractionsWhere(ctx), id },
    include: {
      counterparty: {
        select: {
          id: true,
          name: true,
          taxId: true,
          employments: {
            where: { endedOn: null },
            select: { contactPerson: { select: { id: true, lastName: true, firstName: true, middleName: true } } },
          },
        },
      },
      contactPerson: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      responsible: { select: { user: { select: { name: true } } } },
      order: { select: { id: true, number: true } },
      source: { select: { name: true } },
      email: { select: { to: true, cc: true, status: true, error: true, sentAt: true } },
    },
  });
  if (!interaction) throw new NotFoundError();
  return { interaction, canWrite: canWriteInteraction(ctx.role, ctx.user.id, interaction.responsibleUserId) };
}
