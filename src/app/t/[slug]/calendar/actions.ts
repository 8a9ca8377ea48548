"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { regenerateCalendarFeed, regenerateCalendarFeedInput } from "@/server/calendar/regenerate-calendar-feed";

export async function regenerateCalendarFeedAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "regenerateCalendarFeed", permission: "counterparty.read", input: regenerateCalendarFeedInput },
    form,
    regenerateCalendarFeed,
  );
}
