import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

describe("security headers (security finding 7)", () => {
  it("allow scripts only with the response's nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc123", { dev: false, https: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it("send no referrer from invitation and feed addresses, and HSTS only behind https", () => {
    expect(securityHeaders("/invite/secret-token", { https: true })["Referrer-Policy"]).toBe("no-referrer");
    expect(securityHeaders("/feeds/calendar/t/u/sig.ics", { https: true })["Referrer-Policy"]).toBe("no-referrer");
    expect(securityHeaders("/t/demo", { https: false })).toMatchObject({
      "Referrer-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
    expect(securityHeaders("/t/demo", { https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("/t/demo", { https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });
});
