import { describe, expect, it } from "vitest";
import { todayIn } from "@/domain/dates/calendar-date";
import { localDate } from "@/domain/dates/local-time";
import { eventColour, importanceMark } from "./event-colour";

/** The colour of an interaction planned at `planned`, looked at `now`, in a zone. */
const colourAt = (planned: string, now: string, zone: string) =>
  eventColour(localDate(new Date(planned), zone), todayIn(zone, new Date(now)));

describe("calendar colours (SPEC §8.2)", () => {
  it("is red before today, black today, grey later", () => {
    expect(eventColour("2026-11-22", "2026-11-23")).toBe("overdue");
    expect(eventColour("2026-11-23", "2026-11-23")).toBe("today");
    expect(eventColour("2026-11-24", "2026-11-23")).toBe("later");
  });

  it("keeps an event planned for this morning black all day, and turns it red at local midnight", () => {
    const zone = "Europe/Moscow"; // UTC+3
    expect(colourAt("2026-11-23T06:00:00Z", "2026-11-23T20:59:59Z", zone)).toBe("today");
    expect(colourAt("2026-11-23T06:00:00Z", "2026-11-23T21:00:00Z", zone)).toBe("overdue");
  });

  it("places an event by the tenant's zone, not UTC", () => {
    // 22:30 UTC on the 22nd is 01:30 on the 23rd in Moscow and 17:30 on the 22nd in New York.
    expect(colourAt("2026-11-22T22:30:00Z", "2026-11-23T09:00:00Z", "Europe/Moscow")).toBe("today");
    expect(colourAt("2026-11-22T22:30:00Z", "2026-11-23T09:00:00Z", "America/New_York")).toBe("overdue");
    expect(colourAt("2026-11-23T23:30:00Z", "2026-11-23T12:00:00Z", "Asia/Vladivostok")).toBe("later");
  });

  it("moves midnight with daylight saving time", () => {
    // New York springs forward on 8 March 2026: midnight is 05:00 UTC before, 04:00 UTC after.
    expect(colourAt("2026-03-08T15:00:00Z", "2026-03-09T03:59:00Z", "America/New_York")).toBe("today");
    expect(colourAt("2026-03-08T15:00:00Z", "2026-03-09T04:00:00Z", "America/New_York")).toBe("overdue");
    // Berlin falls back on 25 October 2026: the day has 25 hours and ends at 23:00 UTC.
    expect(colourAt("2026-10-25T10:00:00Z", "2026-10-25T22:59:00Z", "Europe/Berlin")).toBe("today");
    expect(colourAt("2026-10-25T10:00:00Z", "2026-10-25T23:00:00Z", "Europe/Berlin")).toBe("overdue");
  });

  it("marks important interactions with ! and minor ones with ↓", () => {
    expect(importanceMark("HIGH")).toBe("!");
    expect(importanceMark("NORMAL")).toBe("");
    expect(importanceMark("LOW")).toBe("↓");
  });
});
