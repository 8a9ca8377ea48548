import { describe, expect, it } from "vitest";
import { periodInstants } from "./period-instants";

describe("periodInstants", () => {
  it("covers whole local days of the period in the zone", () => {
    expect(periodInstants({ from: "2026-01-01", to: "2026-01-31" }, "Europe/Moscow")).toEqual({
      start: new Date("2025-12-31T21:00:00Z"),
      end: new Date("2026-01-31T21:00:00Z"),
    });
  });

  it("follows a daylight-saving change inside the period", () => {
    const { start, end } = periodInstants({ from: "2026-03-28", to: "2026-03-29" }, "Europe/Berlin");
    expect(start).toEqual(new Date("2026-03-27T23:00:00Z"));
    expect(end).toEqual(new Date("2026-03-29T22:00:00Z"));
  });
});
