import "server-only";
import { purposeKey } from "@/server/secrets";

/** The key next-auth encrypts session cookies with: derived for sessions alone (src/server/secrets.ts). */
export function sessionSecret(): string {
  return purposeKey("session").toString("base64url");
}
