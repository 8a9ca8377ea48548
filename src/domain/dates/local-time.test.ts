import { describe, expect, it } from "vitest";
import { instantAt, localDateTime, startOfLocalDay } from "./local-time";

describe("wall-clock times in a zone", () => {
  it("reads a datetime-local value in the tenant's zone", () => {
    expect(instantAt("2026-11-23T10:30", "Europe/Moscow")?.toISOString()).toBe("2026-11-23T07:30:00.000Z");
    expect(localDateTime(new Date("2026-11-23T07:30:00Z"), "Europe/Moscow")).toBe("2026-11-23T10:30");
  });

  it("refuses malformed and impossible times", () => {
    for (const bad of ["", "2026-11-23", "2026-02-30T10:00", "2026-11-23T24:00", "x"]) expect(instantAt(bad, "UTC")).toBeNull();
  });

  it("knows where a day starts when DST moves midnight", () => {
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
  });
});
