import { describe, expect, it } from "vitest";
import { readPeriod, todayIn } from "./calendar-date";

describe("calendar dates", () => {
  it("computes today in the tenant's zone, not the server's", () => {
    const lateEveningUtc = new Date("2026-03-01T22:30:00Z");
    expect(todayIn("Europe/Moscow", lateEveningUtc)).toBe("2026-03-02");
    expect(todayIn("America/New_York", lateEveningUtc)).toBe("2026-03-01");
  });

  it("reads a period from the URL and corrects a bad one", () => {
    expect(readPeriod({}, "2026-11-23")).toEqual({ from: "2025-11-24", to: "2026-11-23", corrected: false });
    expect(readPeriod({ from: "2026-01-01", to: "2026-03-31" }, "2026-11-23")).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
      corrected: false,
    });
    expect(readPeriod({ from: "2026-03-31", to: "2026-01-01" }, "2026-11-23").corrected).toBe(true);
    expect(readPeriod({ from: "2026-02-30", to: "2026-03-01" }, "2026-11-23").corrected).toBe(true);
    expect(readPeriod({ from: "2026-13-01", to: "2026-03-01" }, "2026-11-23").corrected).toBe(true);
    expect(readPeriod({ from: "2026-01-01", to: "2026-03-00" }, "2026-11-23").corrected).toBe(true);
    expect(readPeriod({ from: "2010-01-01", to: "2026-03-01" }, "2026-11-23").corrected).toBe(true);
  });
});

describe("the one date rule", () => {
  it("takes real days of the years 1900 to 9999 only", async () => {
    const { isCalendarDate } = await import("./calendar-date");
    expect(["1900-01-01", "2024-02-29", "9999-12-31"].filter(isCalendarDate)).toHaveLength(3);
    for (const bad of ["0000-01-01", "1899-12-31", "2023-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1"])
      expect(isCalendarDate(bad), bad).toBe(false);
  });
});
