import "server-only";
import type { z } from "zod";
import { can, type Permission } from "@/domain/auth/permissions";
import { DEFAULT_LOCALE, type AppLocale } from "@/i18n/locales";
import { ForbiddenError } from "@/server/errors";
import type { SessionClaims } from "@/server/auth/session";
import { resolveTenantContext, type TenantContext } from "@/server/tenant-context";
import { parseInput } from "./parse-input";
import { toActionFailure, type ActionResult } from "./action-result";

export type { ActionResult } from "./action-result";

export interface TenantActionDef<S extends z.ZodType> {
  /** For logs: which use case failed. */
  name: string;
  permission: Permission;
  input: S;
}

/**
 * The one path into a tenant use case, for server actions and route handlers alike:
 * session → membership by slug → permission → zod allow-list → typed context → the use case.
 * Expected errors come back translated into the user's language; unexpected ones are logged and hidden.
 */
export async function executeTenantAction<S extends z.ZodType, R>(
  claims: SessionClaims | null,
  slug: string,
  def: TenantActionDef<S>,
  raw: unknown,
  run: (ctx: TenantContext, input: z.infer<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  let locale: AppLocale = DEFAULT_LOCALE;
  let ctx: TenantContext | undefined;
  try {
    ctx = await resolveTenantContext(claims, slug);
    locale = ctx.user.locale;
    if (!can(ctx.role, def.permission)) throw new ForbiddenError();
    const input = parseInput(def.input, raw);
    return { ok: true, data: await run(ctx, input) };
  } catch (error) {
    return toActionFailure(error, locale, { action: def.name, tenant: slug, user: ctx?.user.id });
  }
}
