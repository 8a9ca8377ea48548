"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { markNotificationsRead, markNotificationsReadInput } from "@/server/notifications/mark-notifications-read";

export async function markNotificationsReadAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "markNotificationsRead", permission: "counterparty.read", input: markNotificationsReadInput },
    form,
    markNotificationsRead,
  );
}
