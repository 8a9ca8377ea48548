import { describe, expect, it } from "vitest";
import { daysBetween, shiftAnchor, viewRange } from "./calendar-view";

describe("calendar views", () => {
  it("spans a day, a Monday-to-Sunday week, whole weeks around a month, and two weeks of agenda", () => {
    expect(viewRange("day", "2026-11-23")).toEqual({ from: "2026-11-23", to: "2026-11-23" });
    expect(viewRange("week", "2026-11-26")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
    expect(viewRange("month", "2026-11-23")).toEqual({ from: "2026-10-26", to: "2026-12-06" });
    expect(viewRange("agenda", "2026-11-23")).toEqual({ from: "2026-11-23", to: "2026-12-06" });
    expect(viewRange("agenda", "2026-11-23", "2026-11-30")).toEqual({ from: "2026-11-23", to: "2026-11-30" });
  });

  it("pages by the view's length", () => {
    expect(shiftAnchor("month", "2026-01-31", 1)).toBe("2026-02-28");
    expect(shiftAnchor("week", "2026-11-23", -1)).toBe("2026-11-16");
    expect(shiftAnchor("day", "2026-12-31", 1)).toBe("2027-01-01");
  });

  it("lists the days of a range across a DST change", () => {
    expect(daysBetween("2026-10-24", "2026-10-27")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26", "2026-10-27"]);
  });
});
