"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { saveFailureReason, saveFailureReasonInput } from "@/server/failure-reasons/save-failure-reason";

export async function saveFailureReasonAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveFailureReason", permission: "lists.manage", input: saveFailureReasonInput },
    form,
    saveFailureReason,
  );
}
