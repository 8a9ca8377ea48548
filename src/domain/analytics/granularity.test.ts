import { describe, expect, it } from "vitest";
import { MAX_WEEKLY_BUCKETS, readGranularity } from "./granularity";

describe("the step of a dynamics report", () => {
  const quarter = { from: "2026-07-01", to: "2026-09-30" };

  it("is a month unless the URL asks for weeks; unknown values are ignored", () => {
    expect(readGranularity(undefined, quarter)).toEqual({ granularity: "month", coarsened: false });
    expect(readGranularity("week", quarter)).toEqual({ granularity: "week", coarsened: false });
    expect(readGranularity("month", quarter)).toEqual({ granularity: "month", coarsened: false });
    expect(readGranularity("day", quarter)).toEqual({ granularity: "month", coarsened: false });
    expect(readGranularity(["week", "week"], quarter)).toEqual({ granularity: "month", coarsened: false });
  });

  it("turns weeks into months beyond the weekly limit, and says so", () => {
    // 2026-06-29 is a Monday: 27 whole weeks end on Sunday 2027-01-03; one day more starts the 28th week.
    expect(readGranularity("week", { from: "2026-06-29", to: "2027-01-03" })).toEqual({
      granularity: "week",
      coarsened: false,
    });
    expect(readGranularity("week", { from: "2026-06-29", to: "2027-01-04" })).toEqual({
      granularity: "month",
      coarsened: true,
    });
    expect(readGranularity("week", { from: "2025-11-24", to: "2026-11-23" })).toEqual({
      granularity: "month",
      coarsened: true,
    });
    expect(MAX_WEEKLY_BUCKETS).toBe(27);
  });
});
