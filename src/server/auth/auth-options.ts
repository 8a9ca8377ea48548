import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/domain/auth/client-address";
import { sameOriginPath } from "@/domain/auth/safe-redirect";
import { env } from "@/server/env";
import { authenticate } from "./authenticate";
import { SESSION_LIFETIME_S, revokeSession } from "./revoke-sessions";
import { sessionSecret } from "./session-secret";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return clientAddress(typeof forwarded === "string" ? forwarded : undefined, env().TRUSTED_PROXY_HOPS);
}

export const authOptions: NextAuthOptions = {
  // Read when next-auth needs it, not when the module loads: `next build` imports it without a secret.
  get secret() {
    return sessionSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_S },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const claims = await authenticate(credentials?.email, credentials?.password, clientIp(req?.headers));
        return claims
          ? { id: claims.userId, sessionVersion: claims.sessionVersion, sessionId: claims.sessionId! }
          : null;
      },
    }),
  ],
  events: {
    // The cookie is a signed token that would stay valid until it expires: its session is revoked instead.
    async signOut({ token }) {
      if (token?.claims?.sessionId) await revokeSession(token.claims.sessionId);
    },
  },
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) stay on this app, by the same rule as the sign-in page's.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl) ?? "/select-tenant", baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) token.claims = { userId: user.id, sessionVersion: user.sessionVersion, sessionId: user.sessionId };
      return token;
    },
    session({ session, token }) {
      return { ...session, claims: token.claims };
    },
  },
};
