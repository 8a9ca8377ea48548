import { describe, expect, it } from "vitest";
import { periodBuckets, previousPeriod, yearEarlier } from "./comparison-periods";

describe("comparison periods", () => {
  it("follows whole months with whole months", () => {
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(previousPeriod({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(previousPeriod({ from: "2026-04-01", to: "2026-06-30" })).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("follows any other period with as many days", () => {
    expect(previousPeriod({ from: "2026-03-10", to: "2026-03-16" })).toEqual({ from: "2026-03-03", to: "2026-03-09" });
    expect(previousPeriod({ from: "2026-11-23", to: "2026-11-23" })).toEqual({ from: "2026-11-22", to: "2026-11-22" });
  });

  it("goes a year back, keeping month ends and leap days sensible", () => {
    expect(yearEarlier({ from: "2028-02-01", to: "2028-02-29" })).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(yearEarlier({ from: "2027-02-01", to: "2027-02-28" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(yearEarlier({ from: "2026-03-10", to: "2026-03-16" })).toEqual({ from: "2025-03-10", to: "2025-03-16" });
  });

  it("cuts a period into ISO weeks or months, the ends clipped", () => {
    expect(periodBuckets({ from: "2026-11-04", to: "2026-11-18" }, "week")).toEqual([
      { from: "2026-11-04", to: "2026-11-08" },
      { from: "2026-11-09", to: "2026-11-15" },
      { from: "2026-11-16", to: "2026-11-18" },
    ]);
    expect(periodBuckets({ from: "2026-01-15", to: "2026-03-10" }, "month")).toEqual([
      { from: "2026-01-15", to: "2026-01-31" },
      { from: "2026-02-01", to: "2026-02-28" },
      { from: "2026-03-01", to: "2026-03-10" },
    ]);
  });
});
