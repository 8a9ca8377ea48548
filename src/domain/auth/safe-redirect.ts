/**
 * Where to send the user after signing in: a path of this app, or null. The candidate is resolved against the app's
 * origin as a browser would resolve it (backslashes, tabs and newlines included), and only a same-origin result is
 * kept, as a path that cannot be read as another host ("//host").
 */
export function sameOriginPath(candidate: string | undefined | null, origin: string): string | null {
  if (!candidate || candidate.length > 2000) return null;
  let resolved: URL;
  try {
    resolved = new URL(candidate, origin);
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(origin).origin) return null;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}
