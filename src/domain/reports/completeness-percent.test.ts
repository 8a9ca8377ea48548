import { describe, expect, it } from "vitest";
import { completenessPercent } from "./completeness-percent";

describe("completenessPercent", () => {
  it("is the share of filled pairs to one decimal", () => {
    expect([
      completenessPercent(5, 5),
      completenessPercent(2, 3),
      completenessPercent(1, 8),
      completenessPercent(0, 4),
    ]).toEqual([100, 66.7, 12.5, 0]);
  });

  it("is absent when nothing could be filled", () => {
    expect(completenessPercent(0, 0)).toBeNull();
  });
});
