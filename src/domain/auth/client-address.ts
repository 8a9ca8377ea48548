/**
 * The client's address for throttling sign-ins, from X-Forwarded-For. Each trusted reverse proxy in front of the
 * app appends the address it was connected from, so the address `trustedProxyHops` entries from the end is the
 * one the outermost trusted proxy saw; entries before it are the client's to invent. Without a proxy Next itself
 * sets the header to the socket's address, unless the client sent one: then the last entry is the best there is,
 * and the account-wide slow-down is what bounds a client that invents addresses.
 */
export function clientAddress(forwardedFor: string | undefined, trustedProxyHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(trustedProxyHops, 1);
  return entries[Math.max(index, 0)]?.slice(0, 64) || "unknown";
}
