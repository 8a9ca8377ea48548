import "server-only";
import { z } from "zod";
import { IMPORT_TARGETS } from "@/domain/import/import-targets";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { loadImportJob } from "./load-import-job";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";

export const updateImportSettingsInput = z
  .object({ id: z.string().min(1).max(64), duplicateMode: z.enum(["SKIP", "UPDATE", "CREATE"], "validation.choose") })
  .catchall(z.string().max(40));

/** Saves the column mapping (form fields `col.<index>` = field key) and what to do with duplicates. */
export async function updateImportSettings(ctx: TenantContext, input: z.infer<typeof updateImportSettingsInput>) {
  const job = await loadImportJob(ctx, input.id);
  if (job.status !== "UPLOADED") throw new ConflictError("errors.importAlreadyCommitted");
  const target = IMPORT_TARGETS[job.target];
  if (!target.duplicateModes.includes(input.duplicateMode))
    throw new ValidationError({ duplicateMode: "validation.choose" });
  const customKeys = new Set(target.customFields ? (await listFieldDefinitions(ctx)).map((d) => `cf.${d.key}`) : []);
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const [key, value] of Object.entries(input)) {
    const index = /^col\.(\d+)$/.exec(key)?.[1];
    if (index === undefined || Number(index) >= job.headers.length) continue;
    const known = target.fields.includes(value) || customKeys.has(value);
    if (!known || used.has(value)) continue;
    mapping[index] = value;
    used.add(value);
  }
  await db().importJob.update({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id: job.id } },
    data: { mapping, duplicateMode: input.duplicateMode },
  });
}
