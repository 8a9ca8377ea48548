import { executeTenantAction, type ActionResult } from "@/server/actions/tenant-action";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { createInteraction, createInteractionInput } from "@/server/interactions/create-interaction";
import { updateInteraction, updateInteractionInput } from "@/server/interactions/update-interaction";
import { completeInteraction, completeInteractionInput } from "@/server/interactions/complete-interaction";
import { rescheduleInteraction, rescheduleInteractionInput } from "@/server/interactions/reschedule-interaction";
import { cancelInteraction, cancelInteractionInput } from "@/server/interactions/cancel-interaction";
import { createContactPerson, createCounterparty, createTenantWithUser } from "@tests/factories";

const actions = {
  create: [
    { name: "createInteraction", permission: "interaction.write", input: createInteractionInput },
    createInteraction,
  ],
  update: [
    { name: "updateInteraction", permission: "interaction.write", input: updateInteractionInput },
    updateInteraction,
  ],
  complete: [
    { name: "completeInteraction", permission: "interaction.write", input: completeInteractionInput },
    completeInteraction,
  ],
  reschedule: [
    { name: "rescheduleInteraction", permission: "interaction.write", input: rescheduleInteractionInput },
    rescheduleInteraction,
  ],
  cancel: [
    { name: "cancelInteraction", permission: "interaction.write", input: cancelInteractionInput },
    cancelInteraction,
  ],
} as const;

/** A tenant (Moscow time) with a user, his client and its contact person; every interaction action run as him. */
export async function interactionSetup(role: "ADMIN" | "DIRECTOR" | "MANAGER" = "MANAGER") {
  const t = await createTenantWithUser(unsafeDb(), role);
  const customer = await createCounterparty(unsafeDb(), t.tenant.id, {
    name: "ООО Клиент",
    responsibleUserId: t.user.id,
  });
  const person = await createContactPerson(unsafeDb(), t.tenant.id, customer.id, {
    lastName: "Петрова",
    firstName: "Анна",
    email: "anna@client.example",
  });
  const run = <K extends keyof typeof actions>(kind: K, input: Record<string, unknown>, claims = t.claims) => {
    const [def, useCase] = actions[kind];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return executeTenantAction(claims, t.tenant.slug, def as any, input, useCase as any) as Promise<
      ActionResult<{ id?: string; version?: number }>
    >;
  };
  const form = (extra: Record<string, unknown> = {}) => ({
    counterpartyId: customer.id,
    contactPersonId: person.id,
    type: "CALL",
    subject: "Обсудить поставку",
    at: "2026-12-01T10:00",
    ...extra,
  });
  const ctx = () => resolveTenantContext(t.claims, t.tenant.slug);
  const load = (id: string) =>
    unsafeDb().interaction.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenant.id, id } } });
  return { ...t, customer, person, run, form, ctx, load };
}
