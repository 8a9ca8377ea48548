import "server-only";
import { z } from "zod";
import type { TenantContext } from "@/server/tenant-context";
import { runClassification } from "./run-classification";

export const runClassificationNowInput = z.object({});

/** A director's "run now" (SPEC §6.3). */
export async function runClassificationNow(ctx: TenantContext) {
  return runClassification(ctx.tenant.id, { trigger: "MANUAL", userId: ctx.user.id });
}
