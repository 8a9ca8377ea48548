import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/server/env";

let transport: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL, or null when none is configured (messages then stay in the outbox). */
export function mailTransport(): Transporter | null {
  if (transport === undefined) {
    const url = env().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}
