import "server-only";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { logError } from "@/server/log";
import { mailTransport } from "./mail-transport";

export interface EmailMessage {
  tenantId: string;
  to: string;
  cc?: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Stores the message, then sends it when SMTP is configured. The stored status is the truth: a failed send reads
 * FAILED with the error, never SENT; without SMTP the message is KEPT for the admin outbox.
 */
export async function sendEmail(message: EmailMessage): Promise<{ id: string; status: "KEPT" | "SENT" | "FAILED" }> {
  const transport = mailTransport();
  const stored = await db().outgoingEmail.create({
    data: {
      tenantId: message.tenantId,
      to: message.to,
      cc: message.cc,
      subject: message.subject,
      bodyText: message.text,
      bodyHtml: message.html,
      status: transport ? "QUEUED" : "KEPT",
    },
  });
  if (!transport) return { id: stored.id, status: "KEPT" };

  const where = { tenantId_id: { tenantId: message.tenantId, id: stored.id } };
  try {
    const info = await transport.sendMail({
      from: env().MAIL_FROM,
      to: message.to,
      cc: message.cc,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    await db().outgoingEmail.update({ where, data: { status: "SENT", messageId: info.messageId, sentAt: new Date() } });
    return { id: stored.id, status: "SENT" };
  } catch (error) {
    logError(error, { operation: "sendEmail", tenant: message.tenantId, email: stored.id });
    await db().outgoingEmail.update({ where, data: { status: "FAILED", error: String((error as Error).message ?? error) } });
    return { id: stored.id, status: "FAILED" };
  }
}
