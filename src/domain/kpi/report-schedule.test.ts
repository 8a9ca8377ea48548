import { describe, expect, it } from "vitest";
import { lastCompletePeriod } from "./report-schedule";

describe("scheduled director's report periods", () => {
  it("covers the last complete ISO week", () => {
    expect(lastCompletePeriod("WEEKLY", "2026-11-23")).toEqual({
      key: "2026-W47",
      period: { from: "2026-11-16", to: "2026-11-22" },
    });
    expect(lastCompletePeriod("WEEKLY", "2026-11-22")).toEqual({
      key: "2026-W46",
      period: { from: "2026-11-09", to: "2026-11-15" },
    });
    // The week of 29 December 2025 belongs to ISO year 2026.
    expect(lastCompletePeriod("WEEKLY", "2026-01-05")).toEqual({
      key: "2026-W01",
      period: { from: "2025-12-29", to: "2026-01-04" },
    });
  });

  it("covers the last complete month", () => {
    expect(lastCompletePeriod("MONTHLY", "2026-11-01")).toEqual({
      key: "2026-10",
      period: { from: "2026-10-01", to: "2026-10-31" },
    });
    expect(lastCompletePeriod("MONTHLY", "2026-03-31")).toEqual({
      key: "2026-02",
      period: { from: "2026-02-01", to: "2026-02-28" },
    });
    expect(lastCompletePeriod("MONTHLY", "2026-01-15")).toEqual({
      key: "2025-12",
      period: { from: "2025-12-01", to: "2025-12-31" },
    });
  });
});
