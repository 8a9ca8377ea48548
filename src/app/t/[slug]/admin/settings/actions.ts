"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { updateTenantSettings, updateTenantSettingsInput } from "@/server/tenants/update-tenant-settings";

export async function updateTenantSettingsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateTenantSettings", permission: "tenant.updateSettings", input: updateTenantSettingsInput },
    form,
    updateTenantSettings,
  );
}
