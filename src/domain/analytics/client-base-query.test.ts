import { describe, expect, it } from "vitest";
import { readClientBaseQuery } from "./client-base-query";

describe("the client-base report's URL", () => {
  const today = "2026-11-23";
  const lastYear = { from: "2025-11-24", to: "2026-11-23" };

  it("defaults to the last twelve months by month for all managers", () => {
    expect(readClientBaseQuery({}, today)).toEqual({
      period: lastYear,
      corrected: false,
      granularity: "month",
      coarsened: false,
      manager: undefined,
    });
  });

  it("reads the period, the step and the manager, taking the first of repeated values", () => {
    expect(
      readClientBaseQuery(
        { from: ["2026-09-01", "2020-01-01"], to: "2026-11-22", granularity: "week", manager: " u1 " },
        today,
      ),
    ).toEqual({
      period: { from: "2026-09-01", to: "2026-11-22" },
      corrected: false,
      granularity: "week",
      coarsened: false,
      manager: "u1",
    });
  });

  it("falls back on a bad period with a notice, ignores an unknown step and an overlong manager", () => {
    expect(
      readClientBaseQuery(
        { from: "2026-11-30", to: "2026-11-01", granularity: "year", manager: "x".repeat(65) },
        today,
      ),
    ).toEqual({
      period: lastYear,
      corrected: true,
      granularity: "month",
      coarsened: false,
      manager: undefined,
    });
    expect(readClientBaseQuery({ granularity: "week", manager: "" }, today)).toMatchObject({
      granularity: "month",
      coarsened: true,
      manager: undefined,
    });
  });
});
