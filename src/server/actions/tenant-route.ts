import "server-only";
import { z } from "zod";
import { isCrossSiteRequest } from "@/domain/auth/cross-site-request";
import type { Permission } from "@/domain/auth/permissions";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { env } from "@/server/env";
import { currentClaims } from "@/server/auth/session";
import type { TenantContext } from "@/server/tenant-context";
import type { ActionFailure } from "./action-result";
import { executeTenantAction } from "./tenant-action";

const STATUS = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNEXPECTED: 500,
} as const satisfies Record<ActionFailure["code"], number>;

/** The query string as it arrives: one string per name (the first, when a name repeats). */
export const SEARCH_PARAMS = z.record(z.string(), z.string());
const NO_QUERY = z.object({});
// Answered before the session is read, so in the app's default language: the user did not send it.
const FORBIDDEN_CROSS_SITE: ActionFailure = {
  ok: false,
  code: "FORBIDDEN",
  message: translate(DEFAULT_LOCALE, "errors.forbidden"),
  fieldErrors: {},
};

type RouteParams = { slug: string };

export interface TenantRouteDef<S extends z.ZodType> {
  /** For logs: which route failed. */
  name: string;
  permission: Permission;
  /** The query string's allow-list, parsed as an action parses its form; none by default. */
  query?: S;
}

/**
 * A tenant route handler through the same wrapper as server actions: session → membership by slug → permission →
 * the query string parsed with zod → the handler. A failure answers with its HTTP status: the translated message as
 * text to a browser that opened the link (a download), the action's failure as JSON to fetch() callers. A request
 * that would change something and comes from another site is refused before anything else.
 */
export function tenantRoute<P extends RouteParams = RouteParams, S extends z.ZodType = typeof NO_QUERY>(
  def: TenantRouteDef<S>,
  handler: (ctx: TenantContext, query: z.infer<S>, route: { request: Request; params: P }) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    const sender = { origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") };
    if (isCrossSiteRequest(request.method, sender, env().NEXTAUTH_URL)) return refuse(request, FORBIDDEN_CROSS_SITE);
    const params = await context.params;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const input = (def.query ?? NO_QUERY) as S;
    const result = await executeTenantAction(
      await currentClaims(),
      params.slug,
      { name: def.name, permission: def.permission, input },
      query,
      (ctx, parsed) => handler(ctx, parsed, { request, params }),
    );
    return result.ok ? result.data : refuse(request, result);
  };
}

function refuse(request: Request, failure: ActionFailure): Response {
  const status = STATUS[failure.code];
  if (request.headers.get("accept")?.includes("text/html")) return new Response(failure.message, { status });
  return Response.json(failure, { status });
}
