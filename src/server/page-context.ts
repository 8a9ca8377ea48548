import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/domain/auth/permissions";
import { currentSession } from "./auth/current-user";
import { ForbiddenError, NotFoundError } from "./errors";
import { tenantContextIn, type TenantContext } from "./tenant-context";
import { toTenantChoices } from "./users/tenant-choices";

/**
 * The tenant context of a page (read once per request): signs out to the sign-in page, answers 404 for a tenant
 * the user is not a member of, and 404 for a page his role may not see (no hint that it exists). The rule is
 * `resolveTenantContext`'s, on the request's cached user and memberships.
 */
export const getPageContext = cache(async (slug: string): Promise<TenantContext> =>
  orNotFound(
    currentSession().then((session) => {
      if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/t/${slug}`)}`);
      return tenantContextIn(session, slug);
    }),
  ),
);

/** The companies the page's user may switch to. */
export async function getPageUserTenants() {
  return toTenantChoices((await currentSession())?.memberships ?? []);
}

/** A use case's NotFound, or Forbidden, becomes the page's 404: a page never says that what it hides exists. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

export async function requirePagePermission(slug: string, permission: Permission): Promise<TenantContext> {
  const ctx = await getPageContext(slug);
  if (!can(ctx.role, permission)) notFound();
  return ctx;
}
