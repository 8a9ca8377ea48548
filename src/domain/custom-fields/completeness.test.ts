import { describe, expect, it } from "vitest";
import type { FieldType } from "./field-definition";
import { isFilled } from "./completeness";

const filled = (type: FieldType, value: unknown) => isFilled({ type }, value);

describe("isFilled", () => {
  it("counts a non-empty value of the stored type", () => {
    expect([
      filled("TEXT", "Ромашка"),
      filled("MONEY", "0.00"),
      filled("NUMBER", 0),
      filled("MULTISELECT", ["a"]),
      filled("DATE", "2001-02-03"),
    ]).toEqual([true, true, true, true, true]);
  });

  it("counts a checkbox once it holds an answer, yes or no", () => {
    expect([
      filled("BOOLEAN", true),
      filled("BOOLEAN", false),
      filled("BOOLEAN", undefined),
      filled("BOOLEAN", "true"),
    ]).toEqual([true, true, false, false]);
  });

  it("does not count what is missing, empty or of the wrong type", () => {
    for (const [type, value] of [
      ["TEXT", undefined],
      ["TEXT", null],
      ["TEXT", ""],
      ["TEXT", 5],
      ["NUMBER", "5"],
      ["MULTISELECT", []],
      ["MULTISELECT", "a"],
      ["URL", {}],
    ] as const) {
      expect(filled(type, value)).toBe(false);
    }
  });
});
