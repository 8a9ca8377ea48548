const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request that changes something and that a browser sent from another site (a forged form or fetch riding on the
 * user's cookies). Browsers name the sender in `Origin` on every such request, and in `Sec-Fetch-Site`; a client
 * that sends neither is not a browser carrying someone's session.
 */
export function isCrossSiteRequest(
  method: string,
  headers: { origin: string | null; secFetchSite: string | null },
  appOrigin: string,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.origin !== null) return headers.origin !== new URL(appOrigin).origin;
  return headers.secFetchSite !== null && headers.secFetchSite !== "same-origin" && headers.secFetchSite !== "none";
}
