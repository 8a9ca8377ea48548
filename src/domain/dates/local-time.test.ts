import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantAt, localDate, localDateTime, startOfLocalDay } from "./local-time";

describe("wall-clock times in a zone", () => {
  it("reads a datetime-local value in the tenant's zone", () => {
    expect(instantAt("2026-11-23T10:30", "Europe/Moscow")?.toISOString()).toBe("2026-11-23T07:30:00.000Z");
    expect(localDateTime(new Date("2026-11-23T07:30:00Z"), "Europe/Moscow")).toBe("2026-11-23T10:30");
  });

  it("refuses malformed and impossible times", () => {
    for (const bad of ["", "2026-11-23", "2026-02-30T10:00", "2026-11-23T24:00", "x"])
      expect(instantAt(bad, "UTC")).toBeNull();
  });

  it("knows where a day starts when DST moves midnight", () => {
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
  });

  it("reads any instant's wall clock as date-fns' zoned dates do, across DST and odd offsets", () => {
    const zones = [
      "UTC",
      "Europe/Moscow",
      "Europe/Berlin",
      "America/New_York",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(localDateTime(instant, zone)).toBe(format(new TZDate(instant, zone), "yyyy-MM-dd'T'HH:mm"));
          expect(localDate(instant, zone)).toBe(format(new TZDate(instant, zone), "yyyy-MM-dd"));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("turns midnight into 00:00, not 24:00", () => {
    expect(localDateTime(new Date("2026-11-22T21:00:00Z"), "Europe/Moscow")).toBe("2026-11-23T00:00");
  });
});

describe("the years a wall-clock time may name", () => {
  it("are 1900 to 9999: year 0 is no year, and 0–99 would be read as 1900–1999", async () => {
    const { instantAt } = await import("./local-time");
    expect(instantAt("0000-01-01T10:00", "Europe/Moscow")).toBeNull();
    expect(instantAt("0099-01-01T10:00", "Europe/Moscow")).toBeNull();
    expect(instantAt("1900-01-01T10:00", "UTC")?.toISOString()).toBe("1900-01-01T10:00:00.000Z");
    expect(instantAt("9999-12-31T23:59", "UTC")?.toISOString()).toBe("9999-12-31T23:59:00.000Z");
  });
});
