import { describe, expect, it } from "vitest";
import { classify, type Sale } from "./classify";
import {
  DEFAULT_CLASSIFICATION_PARAMETERS as DEFAULTS,
  classificationParametersSchema,
  type ClassificationParameters,
} from "./parameters";
import { abcPeriod, periodIndex, periodStart } from "./periods";

const TODAY = "2026-11-23";
const sale = (
  counterpartyId: string,
  date: string,
  revenue: number | string,
  grossProfit: number | string = 0,
): Sale => ({ counterpartyId, date, revenue: String(revenue), grossProfit: String(grossProfit) });
const customers = (...ids: string[]) => ids.map((id) => ({ id, name: id }));
const run = (ids: string[], sales: Sale[], p: Partial<ClassificationParameters> = {}) =>
  classify(customers(...ids), sales, { ...DEFAULTS, ...p }, TODAY);
const abcOf = (result: ReturnType<typeof run>) => Object.fromEntries([...result].map(([id, c]) => [id, c.abc]));

describe("periods (SPEC §6.2)", () => {
  it("counts calendar periods back from the analysis date's period", () => {
    expect(periodIndex("2026-11-01", TODAY, "MONTH")).toBe(0);
    expect(periodIndex("2026-10-31", TODAY, "MONTH")).toBe(-1);
    expect(periodIndex("2025-11-30", TODAY, "MONTH")).toBe(-12);
    expect(periodIndex("2026-10-01", TODAY, "QUARTER")).toBe(0);
    expect(periodIndex("2026-09-30", TODAY, "QUARTER")).toBe(-1);
    // 23 Nov 2026 is a Monday: the week before ends on Sunday the 22nd.
    expect(periodIndex("2026-11-22", TODAY, "WEEK")).toBe(-1);
    expect(periodIndex("2026-11-29", TODAY, "WEEK")).toBe(0);
    expect(periodStart(TODAY, "WEEK", -1)).toBe("2026-11-16");
    expect(periodStart(TODAY, "QUARTER", -4)).toBe("2025-10-01");
  });

  it("takes the ABC period as the last complete months", () => {
    expect(abcPeriod(TODAY, 12)).toEqual({ from: "2025-11-01", to: "2026-10-31" });
    expect(abcPeriod("2026-01-15", 1)).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });
});

describe("ABC (SPEC §6.1)", () => {
  it("classes by the cumulative share of the customers before: below 80 % A, below 95 % B, else C", () => {
    // Shares: 50, 30, 15, 5 → before: 0, 50, 80, 95.
    const result = run(
      ["a", "b", "c", "d"],
      [
        sale("a", "2026-05-01", 500),
        sale("b", "2026-05-01", 300),
        sale("c", "2026-05-01", 150),
        sale("d", "2026-05-01", 50),
      ],
    );
    expect(abcOf(result)).toEqual({ a: "A", b: "A", c: "B", d: "C" });
  });

  it("puts a customer whose predecessors hold exactly 80 % into B, and the largest always into A", () => {
    const result = run(["a", "b"], [sale("a", "2026-05-01", 80), sale("b", "2026-05-01", 20)]);
    expect(abcOf(result)).toEqual({ a: "A", b: "B" });
    expect(abcOf(run(["solo"], [sale("solo", "2026-05-01", 1)]))).toEqual({ solo: "A" });
  });

  it("breaks ties by name, then id, when all are equal", () => {
    const ids = ["e", "d", "c", "b", "a", "j", "i", "h", "g", "f"];
    const result = run(
      ids,
      ids.map((id) => sale(id, "2026-05-01", 10)),
    );
    // Ten equal customers: before = 0..90 % → eight A (0–70 %), then B at 80 % and 90 %.
    expect(abcOf(result)).toEqual({ a: "A", b: "A", c: "A", d: "A", e: "A", f: "A", g: "A", h: "A", i: "B", j: "B" });
    // Twenty: the last one's predecessors hold exactly 95 % → C.
    const twenty = Array.from({ length: 20 }, (_, i) => `c${String(i).padStart(2, "0")}`);
    expect(
      run(
        twenty,
        twenty.map((id) => sale(id, "2026-05-01", 10)),
      ).get("c19")!.abc,
    ).toBe("C");
  });

  it("leaves out customers with nothing in the period, the lost, and sales outside the period", () => {
    const result = run(
      ["a", "lost", "none", "current"],
      [sale("a", "2026-05-01", 100), sale("lost", "2026-02-01", 900), sale("current", "2026-11-02", 500)],
    );
    expect(result.get("lost")!.stage).toBe("LOST");
    expect(abcOf(result)).toEqual({ a: "A", lost: null, none: null, current: null });
  });

  it("measures gross profit or the number of shipments when asked", () => {
    // a: one shipment of 1000 with a profit of 10; b: twenty of 10 with a profit of 9 each.
    const sales = [
      sale("a", "2026-05-01", 1000, 10),
      ...Array.from({ length: 20 }, () => sale("b", "2026-06-01", 10, 9)),
    ];
    expect(abcOf(run(["a", "b"], sales))).toEqual({ a: "A", b: "B" }); // b's predecessors: 1000 / 1200
    expect(abcOf(run(["a", "b"], sales, { measure: "GROSS_PROFIT" }))).toEqual({ a: "B", b: "A" }); // 180 / 190
    expect(abcOf(run(["a", "b"], sales, { measure: "SALES_COUNT" }))).toEqual({ a: "C", b: "A" }); // 20 / 21
  });
});

describe("stages and XYZ (SPEC §6.2)", () => {
  const monthly = (id: string, amounts: number[]) =>
    amounts.map((amount, i) => sale(id, periodStart(TODAY, "MONTH", -12 + i), amount)).filter((s) => s.revenue !== "0");

  it("tells potential, one-time, regular and lost customers apart", () => {
    const result = run(
      ["p", "one", "reg", "lost"],
      [
        sale("one", "2026-09-10", 10),
        ...monthly("reg", [0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10]),
        sale("lost", "2026-04-30", 10),
      ],
    );
    expect([...result].map(([id, c]) => [id, c.stage])).toEqual([
      ["p", "POTENTIAL"],
      ["one", "ONE_TIME"],
      ["reg", "REGULAR"],
      ["lost", "LOST"],
    ]);
  });

  it("is not lost with a first sale in the current period, and L = N or R = 1 work at their edges", () => {
    expect(run(["new"], [sale("new", "2026-11-20", 10)]).get("new")!.stage).toBe("ONE_TIME");
    expect(run(["new"], [sale("new", "2026-11-20", 10)], { regularPeriods: 1 }).get("new")!.stage).toBe("ONE_TIME");
    expect(run(["r"], [sale("r", "2026-10-20", 10)], { regularPeriods: 1 }).get("r")!.stage).toBe("REGULAR");
    // L = N = 12: a sale 12 periods back keeps the customer; 13 back loses him.
    expect(run(["x"], [sale("x", "2025-11-15", 10)], { lossPeriods: 12 }).get("x")!.stage).toBe("ONE_TIME");
    expect(run(["x"], [sale("x", "2025-10-15", 10)], { lossPeriods: 12 }).get("x")!.stage).toBe("LOST");
  });

  it("measures regularity by the CV over all N periods, zeros included, with its edges", () => {
    const equal = monthly("x", Array(12).fill(100));
    expect(run(["x"], equal).get("x")!.xyz).toBe("X");
    // Six months of 150 and six of 50: mean 100, deviation 50 → CV exactly 0.5 → X.
    expect(run(["e"], monthly("e", [150, 50, 150, 50, 150, 50, 150, 50, 150, 50, 150, 50])).get("e")!.xyz).toBe("X");
    // Three active months of twelve: mean 25, deviation ≈ 43.3 → CV ≈ 1.73 → Z, though the three are equal.
    expect(run(["z"], monthly("z", [0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 100, 100])).get("z")!.xyz).toBe("Z");
    // Every other month: CV exactly 1 → Y.
    expect(run(["y"], monthly("y", [100, 0, 100, 0, 100, 0, 100, 0, 100, 0, 100, 0])).get("y")!.xyz).toBe("Y");
    expect(run(["o"], [sale("o", "2026-09-10", 10)]).get("o")!.xyz).toBeNull();
  });

  it("works in weeks and quarters", () => {
    const weekly = Array.from({ length: 12 }, (_, i) => sale("w", periodStart(TODAY, "WEEK", -12 + i), 10));
    expect(run(["w"], weekly, { periodicity: "WEEK" }).get("w")).toMatchObject({ stage: "REGULAR", xyz: "X" });
    const quarterly = [sale("q", "2026-01-15", 10), sale("q", "2026-04-15", 10), sale("q", "2026-07-15", 10)];
    expect(run(["q"], quarterly, { periodicity: "QUARTER", windowPeriods: 4, lossPeriods: 2 }).get("q")).toMatchObject({
      stage: "REGULAR",
    });
  });
});

describe("parameters", () => {
  it("refuses thresholds that do not make 100, L or R above N, and X not below Y, each at its field", () => {
    const result = classificationParametersSchema.safeParse({
      thresholdA: 80,
      thresholdB: 10,
      thresholdC: 5,
      windowPeriods: 6,
      lossPeriods: 7,
      regularPeriods: 8,
      cvX: 1,
      cvY: 1,
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({
      thresholdC: "validation.thresholdsSum",
      lossPeriods: "validation.notAboveWindow",
      regularPeriods: "validation.notAboveWindow",
      cvY: "validation.cvOrder",
    });
  });
});
