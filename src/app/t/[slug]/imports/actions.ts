"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { commitImport, commitImportInput } from "@/server/imports/commit-import";
import { updateImportSettings, updateImportSettingsInput } from "@/server/imports/update-import-settings";

// The job's target decides the permission (counterparty.import, product.import); the use cases check it.
export async function updateImportSettingsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateImportSettings", permission: "counterparty.read", input: updateImportSettingsInput },
    form,
    updateImportSettings,
  );
}

export async function commitImportAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "commitImport", permission: "counterparty.read", input: commitImportInput },
    form,
    commitImport,
  );
}
