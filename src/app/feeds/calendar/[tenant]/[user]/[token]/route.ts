import { unsafeCalendarFeed } from "@/server/calendar/calendar-feed";
import { logError } from "@/server/log";

/**
 * SPEC §8.4: the private iCalendar feed a calendar program subscribes to. Any wrong part of the URL gets the same
 * bare 404, so the feed reveals nothing about who or what exists.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string; user: string; token: string }> },
) {
  const { tenant, user, token } = await params;
  const signature = token.endsWith(".ics") ? token.slice(0, -4) : token;
  try {
    const body = tenant.length <= 64 && user.length <= 64 ? await unsafeCalendarFeed(tenant, user, signature) : null;
    if (body === null) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "cache-control": "private, max-age=300",
        "content-disposition": 'inline; filename="calendar.ics"',
      },
    });
  } catch (error) {
    logError(error, { operation: "calendarFeed", tenant });
    return new Response("Unavailable", { status: 503, headers: { "content-type": "text/plain" } });
  }
}
