import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "@/domain/http/security-headers";

/**
 * Every response gets the security headers; pages get a Content Security Policy with a fresh nonce, which Next reads
 * from the request's own policy header and puts on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https:") || request.nextUrl.protocol === "https:";
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders(request.nextUrl.pathname, { https })))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Built assets are the same for everyone and carry no page: they need no nonce. The upload route reads its own
  // body with a cap; through the proxy, Next would buffer the body first and cut it at 10 MB.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|t/[^/]+/imports/upload).*)"],
};
