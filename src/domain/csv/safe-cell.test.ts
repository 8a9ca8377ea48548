import { describe, expect, it } from "vitest";
import { safeCell } from "./safe-cell";

describe("CSV cells", () => {
  it("neutralises formulas and keeps ordinary text", () => {
    expect(safeCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(safeCell("+7 495 123-45-67")).toBe("'+7 495 123-45-67");
    expect(safeCell("-1")).toBe("'-1");
    expect(safeCell("@sum")).toBe("'@sum");
    expect(safeCell("ООО «Ромашка»")).toBe("ООО «Ромашка»");
    expect(safeCell(null)).toBe("");
  });
});
