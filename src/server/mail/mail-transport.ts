import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { publicMailAddress } from "./public-mail-host";
import { open } from "./secret-box";

export interface MailRoute {
  transport: Transporter;
  from: string;
}

/** A refusing or silent server fails the send within seconds rather than hanging the user's request. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

let system: MailRoute | null | undefined;

/** The deployment's SMTP_URL, or null when none is configured (messages then stay in the outbox). */
export function systemMailRoute(): MailRoute | null {
  if (system === undefined) {
    const url = env().SMTP_URL;
    system = url ? { transport: nodemailer.createTransport(url), from: env().MAIL_FROM } : null;
  }
  return system;
}

/** Mail to a tenant's clients leaves through the tenant's own SMTP server when it has one. */
export async function tenantMailRoute(tenantId: string): Promise<MailRoute | null> {
  const server = await db().tenantMailServer.findUnique({ where: { tenantId } });
  if (!server) return systemMailRoute();
  // Checked again at every send: the name may point somewhere else by now (DNS rebinding).
  const address = await publicMailAddress(server.host, server.port);
  const transport = nodemailer.createTransport({
    host: address,
    port: server.port,
    // The certificate is checked against the name the admin gave, not the address connected to.
    tls: { servername: server.host },
    secure: server.security === "TLS",
    requireTLS: server.security === "STARTTLS",
    ignoreTLS: server.security === "NONE",
    auth: server.username
      ? { user: server.username, pass: server.passwordEncrypted ? open(server.passwordEncrypted) : "" }
      : undefined,
    ...SMTP_TIMEOUTS,
  });
  return { transport, from: server.fromAddress };
}
