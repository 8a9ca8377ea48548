import "server-only";
import type { z } from "zod";
import type { TenantContext } from "@/server/tenant-context";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction, type ActionResult, type TenantActionDef } from "./tenant-action";

/** Runs a use case for a server action (`"use server"` files) with the session of the current request. */
export async function runTenantAction<S extends z.ZodType, R>(
  slug: string,
  def: TenantActionDef<S>,
  raw: unknown,
  run: (ctx: TenantContext, input: z.infer<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  return executeTenantAction(await currentClaims(), slug, def, raw, run);
}
