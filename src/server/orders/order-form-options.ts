import "server-only";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { listFormOptions } from "@/server/counterparties/list-form-options";

/** What the order form offers: members (for directors), sources, and the counterparty with its current people. */
export async function orderFormOptions(ctx: TenantContext, counterpartyId?: string) {
  const [options, counterparty] = await Promise.all([
    listFormOptions(ctx),
    counterpartyId
      ? db().counterparty.findUnique({
          where: { tenantId_id: { tenantId: ctx.tenant.id, id: counterpartyId } },
          select: {
            id: true,
            name: true,
            taxId: true,
            employments: {
              where: { endedOn: null },
              select: { contactPerson: { select: { id: true, lastName: true, firstName: true, middleName: true } } },
            },
          },
        })
      : null,
  ]);
  if (counterpartyId && !counterparty) throw new NotFoundError();
  return {
    managers: ctx.role === "MANAGER" ? null : options.managers,
    sources: options.sources,
    counterparty: counterparty && {
      id: counterparty.id,
      label: counterparty.name,
      hint: counterparty.taxId,
      persons: counterparty.employments.map((e) => ({ id: e.contactPerson.id, name: fullName(e.contactPerson) })),
    },
  };
}
