import "server-only";
import type { z } from "zod";
import type { TenantContext } from "@/server/tenant-context";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction, type TenantActionDef } from "./tenant-action";

const STATUS = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNEXPECTED: 500,
} as const;

export function httpStatusOf(code: keyof typeof STATUS): number {
  return STATUS[code];
}

/** Runs a use case for a route handler (GET query parameters as input) through the same wrapper as server actions. */
export async function runTenantRoute<S extends z.ZodType, R>(
  request: Request,
  slug: string,
  def: TenantActionDef<S>,
  run: (ctx: TenantContext, input: z.infer<S>) => Promise<R>,
): Promise<Response> {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  const result = await executeTenantAction(await currentClaims(), slug, def, input, run);
  if (result.ok) return Response.json(result.data);
  return Response.json(
    { error: result.message, fieldErrors: result.fieldErrors },
    { status: httpStatusOf(result.code) },
  );
}
