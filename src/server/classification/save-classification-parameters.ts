import "server-only";
import {
  classificationParametersSchema,
  readClassificationParameters,
  type ClassificationParameters,
} from "@/domain/classification/parameters";
import { saveSettingsSection } from "@/server/tenants/save-settings-section";
import type { TenantContext } from "@/server/tenant-context";

export const saveClassificationParametersInput = classificationParametersSchema;

/** SPEC §6 parameters, kept in the tenant's settings under `classification`. */
export async function saveClassificationParameters(ctx: TenantContext, input: ClassificationParameters) {
  await saveSettingsSection(ctx, "classification", input, {
    action: "classification.parameters_saved",
    read: readClassificationParameters,
  });
}
