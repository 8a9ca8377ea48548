import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { csvCell, csvDialect } from "./csv-dialect";

describe("CSV dialect", () => {
  it("follows the spreadsheet of the user's language", () => {
    expect(csvDialect("ru")).toEqual({ delimiter: ";", decimalSeparator: "," });
    expect(csvDialect("en")).toEqual({ delimiter: ",", decimalSeparator: "." });
  });

  it("writes numbers in the dialect's notation and never prefixes them", () => {
    const ru = csvDialect("ru");
    expect(csvCell(new Decimal("-1234.50"), ru)).toBe("-1234,5");
    expect(csvCell(0.25, ru)).toBe("0,25");
    expect(csvCell(new Decimal("1234.5"), csvDialect("en"))).toBe("1234.5");
    expect(csvCell(42, csvDialect("en"))).toBe("42");
  });

  it("keeps text formula-safe", () => {
    expect(csvCell("-1+2", csvDialect("ru"))).toBe("'-1+2");
    expect(csvCell("=SUM(A1)", csvDialect("en"))).toBe("'=SUM(A1)");
    expect(csvCell(null, csvDialect("en"))).toBe("");
  });
});
