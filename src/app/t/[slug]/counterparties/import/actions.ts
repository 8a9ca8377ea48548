"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { commitCounterpartyImport, commitImportInput } from "@/server/imports/commit-counterparty-import";
import { updateImportSettings, updateImportSettingsInput } from "@/server/imports/update-import-settings";

export async function updateImportSettingsAction(slug: string, form: FormData) {
  return runTenantAction(slug, { name: "updateImportSettings", permission: "counterparty.import", input: updateImportSettingsInput }, form, updateImportSettings);
}

export async function commitImportAction(slug: string, form: FormData) {
  return runTenantAction(slug, { name: "commitCounterpartyImport", permission: "counterparty.import", input: commitImportInput }, form, commitCounterpartyImport);
}
