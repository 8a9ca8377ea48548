/**
 * The Content Security Policy of every page: scripts only from this origin and with this response's nonce (Next
 * puts it on its own scripts), nothing framed, nothing posted elsewhere. Styles allow inline attributes, which React
 * and the charts write; `next dev` also needs eval for its refresh.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Addresses that carry a secret in their path: the browser never sends them on as a referrer. */
const SECRET_PATHS = /^\/(invite|feeds)\//;

/** The headers every response carries besides the policy. */
export function securityHeaders(path: string, options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": SECRET_PATHS.test(path) ? "no-referrer" : "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
