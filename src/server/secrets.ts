import "server-only";
import { createHmac } from "node:crypto";
import { appSecretProblem } from "@/domain/auth/app-secret";
import { env } from "./env";

type Purpose = "session" | "calendar-feed" | "smtp-password";

/**
 * One key per purpose, derived from NEXTAUTH_SECRET: what one use reveals of its key (a feed signature, a sealed
 * password) says nothing of the keys of the others. Without a usable secret there is no key at all.
 */
export function purposeKey(purpose: Purpose): Buffer {
  const { NEXTAUTH_SECRET: secret, NODE_ENV } = env();
  const problem = appSecretProblem(secret, NODE_ENV === "production");
  if (problem) throw new Error(`Configuration: ${problem}`);
  return createHmac("sha256", secret!).update(`crm:${purpose}`).digest();
}
