import "server-only";
import { db, type Tx } from "@/server/db";
import { logError } from "@/server/log";
import type { MailRoute } from "./mail-transport";
import { systemMailRoute } from "./mail-transport";

export interface EmailMessage {
  tenantId: string;
  to: string;
  cc?: string | null;
  subject: string;
  text: string;
  html?: string;
}

export type EmailOutcome = "KEPT" | "SENT" | "FAILED";

/**
 * Stores a message to send (inside the caller's transaction, so it commits with what it is about): QUEUED when
 * there is a route to send it by, KEPT for the admin outbox when there is none.
 */
export async function storeEmail(tx: Tx, message: EmailMessage, route: MailRoute | null): Promise<string> {
  const stored = await tx.outgoingEmail.create({
    data: {
      tenantId: message.tenantId,
      to: message.to,
      cc: message.cc,
      subject: message.subject,
      bodyText: message.text,
      bodyHtml: message.html,
      status: route ? "QUEUED" : "KEPT",
    },
    select: { id: true },
  });
  return stored.id;
}

/**
 * Sends a stored QUEUED message. The stored status is the truth: a refused or timed-out send reads FAILED with
 * the error, never SENT.
 */
export async function deliverEmail(tenantId: string, id: string, route: MailRoute | null): Promise<EmailOutcome> {
  const where = { tenantId_id: { tenantId, id } };
  const message = await db().outgoingEmail.findUniqueOrThrow({ where });
  if (message.status !== "QUEUED" || !route)
    return message.status === "SENT" ? "SENT" : message.status === "FAILED" ? "FAILED" : "KEPT";
  try {
    const info = await route.transport.sendMail({
      from: route.from,
      to: message.to,
      cc: message.cc ?? undefined,
      subject: message.subject,
      text: message.bodyText,
      html: message.bodyHtml ?? undefined,
    });
    await db().outgoingEmail.update({ where, data: { status: "SENT", messageId: info.messageId, sentAt: new Date() } });
    return "SENT";
  } catch (error) {
    logError(error, { operation: "deliverEmail", tenant: tenantId, email: id });
    await db().outgoingEmail.update({ where, data: { status: "FAILED", error: failureShown(error) } });
    return "FAILED";
  }
}

/** Stores and sends a message of the CRM itself (invitations, reminders) through the deployment's SMTP. */
export async function sendEmail(message: EmailMessage): Promise<{ id: string; status: EmailOutcome }> {
  const route = systemMailRoute();
  const id = await db().$transaction((tx) => storeEmail(tx, message, route));
  return { id, status: await deliverEmail(message.tenantId, id, route) };
}

/**
 * What the outbox and the test e-mail say of a failure: the mail server's own answer (a refused login, a refused
 * recipient), but of a connection that failed only that it failed, so that no one maps ports through the CRM by
 * telling "refused" from "timed out". The log keeps the whole error.
 */
function failureShown(error: unknown): string {
  const { responseCode, response, message } = error as { responseCode?: number; response?: string; message?: string };
  if (responseCode) return String(response ?? message ?? responseCode).slice(0, 1000);
  return "Could not connect to the mail server";
}
