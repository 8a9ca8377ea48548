import "server-only";
import { createHmac } from "node:crypto";
import { env } from "./env";

type Purpose = "session" | "calendar-feed" | "smtp-password";

/**
 * One key per purpose, derived from NEXTAUTH_SECRET: what one use reveals of its key (a feed signature, a sealed
 * password) says nothing of the keys of the others.
 */
export function purposeKey(purpose: Purpose): Buffer {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`crm:${purpose}`).digest();
}
