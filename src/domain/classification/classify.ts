import Decimal from "decimal.js";
import type { ClassificationParameters } from "./parameters";
import { abcPeriod, periodIndex } from "./periods";

type AbcClass = "A" | "B" | "C";
type Stage = "POTENTIAL" | "ONE_TIME" | "REGULAR" | "LOST";
type XyzClass = "X" | "Y" | "Z";

export interface Customer {
  id: string;
  name: string;
}

/** One shipment: a sale (SPEC §6.2). Amounts are decimal strings. */
export interface Sale {
  counterpartyId: string;
  date: string;
  revenue: string;
  grossProfit: string;
}

export interface Classification {
  abc: AbcClass | null;
  stage: Stage;
  xyz: XyzClass | null;
  /** Revenue in the ABC period (shown in the report's matrix whatever the measure). */
  abcRevenue: string;
}

/**
 * SPEC §6.1–6.2, exactly: the specification the SQL run is tested against. Names are compared by code point, as
 * the SQL does with COLLATE "C".
 */
export function classify(
  customers: Customer[],
  sales: Sale[],
  p: ClassificationParameters,
  analysisDate: string,
): Map<string, Classification> {
  const abcRange = abcPeriod(analysisDate, p.abcMonths);
  const stats = new Map(
    customers.map((c) => [
      c.id,
      {
        measure: new Decimal(0),
        revenue: new Decimal(0),
        perPeriod: new Map<number, Decimal>(),
        ever: false,
        recent: false,
      },
    ]),
  );
  for (const sale of sales) {
    const s = stats.get(sale.counterpartyId);
    if (!s || sale.date > analysisDate) continue;
    s.ever = true;
    const index = periodIndex(sale.date, analysisDate, p.periodicity);
    if (index >= -p.lossPeriods) s.recent = true;
    if (index >= -p.windowPeriods && index <= -1)
      s.perPeriod.set(index, (s.perPeriod.get(index) ?? new Decimal(0)).plus(sale.revenue));
    if (sale.date >= abcRange.from && sale.date <= abcRange.to) {
      s.revenue = s.revenue.plus(sale.revenue);
      s.measure = s.measure.plus(
        p.measure === "REVENUE" ? sale.revenue : p.measure === "GROSS_PROFIT" ? sale.grossProfit : 1,
      );
    }
  }

  const result = new Map<string, Classification>();
  for (const c of customers) {
    const s = stats.get(c.id)!;
    const stage: Stage = !s.ever
      ? "POTENTIAL"
      : !s.recent
        ? "LOST"
        : s.perPeriod.size >= p.regularPeriods
          ? "REGULAR"
          : "ONE_TIME";
    result.set(c.id, {
      abc: null,
      stage,
      xyz: stage === "REGULAR" ? xyzOf([...s.perPeriod.values()], p) : null,
      abcRevenue: s.revenue.toFixed(2),
    });
  }

  const ranked = customers
    .filter((c) => stats.get(c.id)!.measure.gt(0) && result.get(c.id)!.stage !== "LOST")
    .sort(
      (a, b) =>
        stats.get(b.id)!.measure.comparedTo(stats.get(a.id)!.measure) ||
        compareCodePoints(a.name, b.name) ||
        compareCodePoints(a.id, b.id),
    );
  const total = ranked.reduce((sum, c) => sum.plus(stats.get(c.id)!.measure), new Decimal(0));
  let before = new Decimal(0);
  for (const c of ranked) {
    // The share of the customers before this one: below A % → A, below A + B % → B, else C.
    const share = before.times(100);
    result.get(c.id)!.abc = share.lt(total.times(p.thresholdA))
      ? "A"
      : share.lt(total.times(p.thresholdA + p.thresholdB))
        ? "B"
        : "C";
    before = before.plus(stats.get(c.id)!.measure);
  }
  return result;
}

/**
 * CV = population standard deviation / mean over all N periods (empty ones are zeros). Compared without roots:
 * CV ≤ k ⇔ N·Σx² − (Σx)² ≤ k²·(Σx)². A mean of zero is the most irregular, Z.
 */
function xyzOf(active: Decimal[], p: ClassificationParameters): XyzClass {
  const sum = active.reduce((a, x) => a.plus(x), new Decimal(0));
  if (sum.lte(0)) return "Z";
  const spread = active
    .reduce((a, x) => a.plus(x.times(x)), new Decimal(0))
    .times(p.windowPeriods)
    .minus(sum.times(sum));
  const within = (k: number) => spread.lte(new Decimal(k).times(k).times(sum).times(sum));
  return within(p.cvX) ? "X" : within(p.cvY) ? "Y" : "Z";
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((ch) => ch.codePointAt(0)!);
  const y = [...b].map((ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
