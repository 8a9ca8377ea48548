import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";
import { purposeKey } from "@/server/secrets";

/**
 * The private feed URL carries an HMAC of tenant, user and the member's feed version under the feed's key, so
 * no secret is stored and bumping the version revokes every URL handed out before.
 */
function feedSignature(tenantId: string, userId: string, version: number): string {
  return createHmac("sha256", purposeKey("calendar-feed"))
    .update(`calendar-feed:${tenantId}:${userId}:${version}`)
    .digest("base64url");
}

export function feedUrl(tenantId: string, userId: string, version: number): string {
  return new URL(
    `/feeds/calendar/${tenantId}/${userId}/${feedSignature(tenantId, userId, version)}.ics`,
    env().NEXTAUTH_URL,
  ).toString();
}

export function isFeedSignature(given: string, tenantId: string, userId: string, version: number): boolean {
  const expected = Buffer.from(feedSignature(tenantId, userId, version));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
