import "server-only";
import { canWriteInteraction } from "@/domain/auth/permissions";
import { clientEmailSchema, type ClientEmailInput } from "@/domain/email/email-input";
import { db, type Tx } from "@/server/db";
import { createOnce } from "@/server/db/unique-violation";
import { ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { deliverEmail, storeEmail, type EmailOutcome } from "@/server/mail/send-email";
import { tenantMailRoute } from "@/server/mail/mail-transport";
import { clientReferenceErrors } from "@/server/counterparties/client-reference-errors";
import type { TenantContext } from "@/server/tenant-context";
import { visibleInteractionsWhere } from "@/server/interactions/interaction-access";

export const sendClientEmailInput = clientEmailSchema;

/**
 * SPEC §4.3: stores the message and its `EMAIL` interaction in one transaction, then sends it through the
 * tenant's SMTP server (or the deployment's). A planned e-mail contact it was written from is completed by it;
 * otherwise a new logged interaction records it. A refused or timed-out send leaves both in place, marked FAILED.
 * The form's idempotency key makes a double submit send once.
 */
export async function sendClientEmail(
  ctx: TenantContext,
  input: ClientEmailInput,
): Promise<{ interactionId: string; status: EmailOutcome }> {
  const tenantId = ctx.tenant.id;
  const route = await tenantMailRoute(tenantId);
  const findExisting = async () => {
    if (!input.idempotencyKey) return null;
    const found = await db().interaction.findUnique({
      where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } },
      select: { id: true, emailId: true },
    });
    return found?.emailId ? { interactionId: found.id, emailId: found.emailId, fresh: false } : null;
  };
  const stored = await createOnce(findExisting, () =>
    db().$transaction(async (tx) => {
      const planned = await resolveEmailReferences(tx, ctx, input);
      const emailId = await storeEmail(
        tx,
        { tenantId, to: input.to!, cc: input.cc, subject: input.subject, text: input.body },
        route,
      );
      const now = new Date();
      const done = {
        status: "DONE" as const,
        startedAt: now,
        at: now,
        emailId,
        content: input.body,
        reminderDueAt: null,
        idempotencyKey: input.idempotencyKey,
      };
      const interaction = planned
        ? await tx.interaction.update({
            where: { tenantId_id: { tenantId, id: planned.id } },
            data: { ...done, version: { increment: 1 } },
            select: { id: true },
          })
        : await tx.interaction.create({
            data: {
              tenantId,
              counterpartyId: input.counterpartyId,
              contactPersonId: input.contactPersonId,
              orderId: input.orderId,
              responsibleUserId: ctx.user.id,
              type: "EMAIL",
              direction: "OUTGOING",
              subject: input.subject,
              createdByUserId: ctx.user.id,
              ...done,
            },
            select: { id: true },
          });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "email.written",
        entity: "Interaction",
        entityId: interaction.id,
        after: { to: input.to, cc: input.cc, subject: input.subject },
      });
      return { interactionId: interaction.id, emailId, fresh: true };
    }),
  );
  if (!stored.fresh) {
    const email = await db().outgoingEmail.findUniqueOrThrow({
      where: { tenantId_id: { tenantId, id: stored.emailId } },
      select: { status: true },
    });
    return {
      interactionId: stored.interactionId,
      status: email.status === "SENT" ? "SENT" : email.status === "KEPT" ? "KEPT" : "FAILED",
    };
  }
  return { interactionId: stored.interactionId, status: await deliverEmail(tenantId, stored.emailId, route) };
}

/** Checks the ids the form names; returns the planned e-mail contact this message completes, if it is one. */
async function resolveEmailReferences(tx: Tx, ctx: TenantContext, input: ClientEmailInput) {
  const tenantId = ctx.tenant.id;
  const [errors, interaction] = await Promise.all([
    clientReferenceErrors(tx, ctx, input),
    input.interactionId
      ? tx.interaction.findFirst({
          where: { ...visibleInteractionsWhere(ctx), id: input.interactionId },
          select: { id: true, counterpartyId: true, status: true, type: true, responsibleUserId: true },
        })
      : null,
  ]);
  if (input.interactionId && interaction?.counterpartyId !== input.counterpartyId)
    errors.interactionId = "validation.choose";
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const completes =
    interaction &&
    interaction.status === "PLANNED" &&
    interaction.type === "EMAIL" &&
    canWriteInteraction(ctx.role, ctx.user.id, interaction.responsibleUserId);
  if (completes)
    await tx.$queryRaw`SELECT 1 FROM "Interaction" WHERE "tenantId" = ${tenantId} AND "id" = ${interaction.id} FOR UPDATE`;
  return completes ? interaction : null;
}
