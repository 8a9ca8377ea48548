import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/domain/auth/permissions";
import { currentClaims } from "./auth/session";
import { NotFoundError, UnauthenticatedError } from "./errors";
import { resolveTenantContext, type TenantContext } from "./tenant-context";

/**
 * The tenant context of a page (read once per request): signs out to the sign-in page, answers 404 for a tenant
 * the user is not a member of, and 404 for a page his role may not see (no hint that it exists).
 */
export const getPageContext = cache(async (slug: string): Promise<TenantContext> => {
  try {
    return await resolveTenantContext(await currentClaims(), slug);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/t/${slug}`)}`);
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

/** A use case's NotFound becomes the page's 404. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function requirePagePermission(slug: string, permission: Permission): Promise<TenantContext> {
  const ctx = await getPageContext(slug);
  if (!can(ctx.role, permission)) notFound();
  return ctx;
}
