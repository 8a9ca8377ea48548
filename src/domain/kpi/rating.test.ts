import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { INDICATORS, type Indicator } from "./indicators";
import { rankChange, rateManagers } from "./rating";

const values = (v: Partial<Record<Indicator, number | null>>) =>
  Object.fromEntries(INDICATORS.map((i) => [i, i in v ? v[i] : 0])) as Record<Indicator, number | null>;

describe("manager rating (SPEC §7.2)", () => {
  it("scales each indicator between the worst and the best and weights the mean", () => {
    const rated = rateManagers(
      [
        { userId: "a", values: values({ revenue: 1000, churn: 0.5 }) },
        { userId: "b", values: values({ revenue: 500, churn: 0 }) },
        { userId: "c", values: values({ revenue: 0, churn: 0.25 }) },
      ],
      { revenue: 3, churn: 1 },
    );
    const [a, b, c] = rated;
    expect(a).toMatchObject({ normalised: { revenue: 1, churn: 0 }, score: 75, rank: 1 });
    // Churn is lower-is-better: b, who lost nobody, gets the full point.
    expect(b).toMatchObject({ normalised: { revenue: 0.5, churn: 1 }, score: 62.5, rank: 2 });
    expect(c!.normalised).toEqual({ revenue: 0, churn: 0.5 });
    expect(c!.score).toBeCloseTo(12.5);
    expect(c!.rank).toBe(3);
  });

  it("lets a weight change reorder the managers", () => {
    const rows = [
      { userId: "seller", values: values({ revenue: 1000, interactions: 10 }) },
      { userId: "caller", values: values({ revenue: 400, interactions: 90 }) },
    ];
    expect(rateManagers(rows, { revenue: 3, interactions: 1 }).find((r) => r.rank === 1)!.userId).toBe("seller");
    expect(rateManagers(rows, { revenue: 1, interactions: 3 }).find((r) => r.rank === 1)!.userId).toBe("caller");
  });

  it("gives equal scores one rank, and nobody points for an indicator on which all are equal", () => {
    const rated = rateManagers(
      [
        { userId: "a", values: values({ revenue: 10, newCustomers: 2 }) },
        { userId: "b", values: values({ revenue: 10, newCustomers: 2 }) },
        { userId: "c", values: values({ revenue: 10, newCustomers: 1 }) },
      ],
      { revenue: 1, newCustomers: 1 },
    );
    expect(rated.map((r) => [r.rank, r.score, r.normalised.revenue])).toEqual([
      [1, 50, 0],
      [1, 50, 0],
      [3, 0, 0],
    ]);
  });

  it("counts a missing ratio as nothing achieved, and no weights as no score", () => {
    const rated = rateManagers(
      [
        { userId: "a", values: values({ churn: null }) },
        { userId: "b", values: values({ churn: 0.2 }) },
        { userId: "c", values: values({ churn: 0.4 }) },
      ],
      { churn: 1 },
    );
    expect(rated.map((r) => r.normalised.churn)).toEqual([0, 1, 0]);
    expect(rateManagers([{ userId: "a", values: values({ revenue: 5 }) }], {})).toEqual([
      { userId: "a", score: 0, rank: 1, normalised: {} },
    ]);
  });

  it("keeps every score within 0..100 and ranks by score", () => {
    const row = fc.record({
      revenue: fc.integer({ min: 0, max: 1e9 }),
      churn: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      interactions: fc.nat(500),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, w1, w2) => {
          const rated = rateManagers(
            rows.map((v, i) => ({ userId: String(i), values: values(v) })),
            { revenue: w1, churn: w2, interactions: 1 },
          );
          for (const r of rated) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100 + 1e-9);
            for (const other of rated) if (other.score > r.score + 1e-6) expect(other.rank).toBeLessThan(r.rank);
          }
        },
      ),
    );
  });

  it("tells the places gained since the previous period", () => {
    const now = { userId: "a", score: 80, rank: 1, normalised: {} };
    expect(rankChange(now, [{ userId: "a", score: 10, rank: 3, normalised: {} }])).toBe(2);
    expect(rankChange({ ...now, rank: 4 }, [{ userId: "a", score: 10, rank: 3, normalised: {} }])).toBe(-1);
    expect(rankChange(now, [])).toBeNull();
  });
});
