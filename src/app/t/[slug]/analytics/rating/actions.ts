"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { saveKpiSettings, saveKpiSettingsInput } from "@/server/kpi/save-kpi-settings";
import { saveReportSubscription, saveReportSubscriptionInput } from "@/server/kpi/save-report-subscription";

export async function saveKpiSettingsAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveKpiSettings", permission: "kpi.configure", input: saveKpiSettingsInput },
    form,
    saveKpiSettings,
  );
}

export async function saveReportSubscriptionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveReportSubscription", permission: "kpi.configure", input: saveReportSubscriptionInput },
    form,
    saveReportSubscription,
  );
}
