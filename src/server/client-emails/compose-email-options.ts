import "server-only";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { type TenantContext, viewerOf } from "@/server/tenant-context";
import { visibleInteractionsWhere } from "@/server/interactions/interaction-access";
import { visibleOrdersWhere } from "@/server/orders/order-access";

export interface ComposeContext {
  counterpartyId?: string;
  contactPersonId?: string;
  interactionId?: string;
  orderId?: string;
}

/**
 * What the compose form starts from (SPEC §4.3): the client, the person's address (else the company's), and a
 * subject from the planned contact or the order it is written from. Another tenant's ids are not found.
 */
export async function composeEmailOptions(ctx: TenantContext, context: ComposeContext) {
  const tenantId = ctx.tenant.id;
  const interaction = context.interactionId
    ? await db().interaction.findFirst({
        where: { ...visibleInteractionsWhere(ctx), id: context.interactionId },
        select: { id: true, counterpartyId: true, contactPersonId: true, orderId: true, subject: true },
      })
    : null;
  const order = context.orderId
    ? await db().order.findFirst({
        where: { ...visibleOrdersWhere(ctx), id: context.orderId },
        select: { id: true, number: true, counterpartyId: true, contactPersonId: true },
      })
    : null;
  if ((context.interactionId && !interaction) || (context.orderId && !order)) throw new NotFoundError();

  const personId = context.contactPersonId ?? interaction?.contactPersonId ?? order?.contactPersonId ?? null;
  const counterpartyId =
    interaction?.counterpartyId ??
    order?.counterpartyId ??
    context.counterpartyId ??
    (personId ? await currentEmployer(tenantId, personId) : null);
  if (!counterpartyId) throw new NotFoundError();
  const counterparty = await db().counterparty.findUnique({
    where: { tenantId_id: { tenantId, id: counterpartyId } },
    select: {
      id: true,
      name: true,
      responsibleUserId: true,
      contactInfo: {
        where: { type: "EMAIL" },
        orderBy: [{ isPrimary: "desc" }, { position: "asc" }],
        take: 5,
        select: { value: true },
      },
      employments: {
        where: { endedOn: null },
        take: 200,
        select: {
          contactPerson: {
            select: {
              id: true,
              lastName: true,
              firstName: true,
              middleName: true,
              contactInfo: {
                where: { type: "EMAIL" },
                orderBy: [{ isPrimary: "desc" }, { position: "asc" }],
                take: 1,
                select: { value: true },
              },
            },
          },
        },
      },
    },
  });
  if (!counterparty || !canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId)) throw new NotFoundError();

  const persons = counterparty.employments.map(({ contactPerson: p }) => ({
    id: p.id,
    name: fullName(p),
    email: p.contactInfo[0]?.value ?? null,
  }));
  const person = persons.find((p) => p.id === personId) ?? null;
  return {
    counterparty: { id: counterparty.id, name: counterparty.name },
    persons,
    contactPersonId: person?.id ?? "",
    to: person?.email ?? counterparty.contactInfo[0]?.value ?? "",
    subject: interaction?.subject ?? null,
    orderId: interaction?.orderId ?? order?.id ?? "",
    orderNumber: order?.number ?? null,
    interactionId: interaction?.id ?? "",
  };
}

async function currentEmployer(tenantId: string, contactPersonId: string): Promise<string | null> {
  const job = await db().employment.findFirst({
    where: { tenantId, contactPersonId, endedOn: null },
    select: { counterpartyId: true },
  });
  return job?.counterpartyId ?? null;
}
