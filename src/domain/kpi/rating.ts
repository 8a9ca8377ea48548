import { INDICATOR_META, INDICATORS, type Indicator } from "./indicators";

export interface RatingInput {
  userId: string;
  values: Record<Indicator, number | null>;
}

export interface RatedManager {
  userId: string;
  /** 0..100: the weighted mean of the normalised indicators. */
  score: number;
  /** 1 for the best; equal scores share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** Each weighted indicator's normalised value, 0..1, lower-is-better ones already inverted. */
  normalised: Partial<Record<Indicator, number>>;
}

const EPSILON = 1e-9;

/**
 * SPEC §7.2: each weighted indicator is scaled across the managers to 0..1 (the best 1, the worst 0; inverted
 * where lower is better), multiplied by its weight, and the weighted mean ranks them. An indicator on which every
 * manager is equal separates nobody and counts 0 for all; a missing value (a churn with no customers to lose)
 * counts 0 too, as nothing was achieved on it.
 */
export function rateManagers(rows: RatingInput[], weights: Partial<Record<Indicator, number>>): RatedManager[] {
  const weighted = INDICATORS.filter((i) => (weights[i] ?? 0) > 0);
  const totalWeight = weighted.reduce((sum, i) => sum + weights[i]!, 0);
  const normalisers = new Map(
    weighted.map((i) => [
      i,
      normaliser(
        rows.map((r) => r.values[i]),
        INDICATOR_META[i].better,
      ),
    ]),
  );
  const scored = rows.map((row) => {
    const normalised: Partial<Record<Indicator, number>> = {};
    let sum = 0;
    for (const i of weighted) {
      const n = normalisers.get(i)!(row.values[i]);
      normalised[i] = n;
      sum += n * weights[i]!;
    }
    return { userId: row.userId, score: totalWeight === 0 ? 0 : (sum / totalWeight) * 100, normalised };
  });
  const ordered = [...scored].sort((a, b) => b.score - a.score);
  return scored.map((row) => ({
    ...row,
    rank: 1 + ordered.filter((other) => other.score > row.score + EPSILON).length,
  }));
}

function normaliser(values: (number | null)[], better: "higher" | "lower"): (value: number | null) => number {
  const present = values.filter((v): v is number => v !== null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  if (present.length === 0 || max - min < EPSILON) return () => 0;
  return (value) =>
    value === null ? 0 : better === "higher" ? (value - min) / (max - min) : (max - value) / (max - min);
}

/** Places gained since the previous period (positive: up), null for a manager not rated then. */
export function rankChange(current: RatedManager, previous: RatedManager[]): number | null {
  const before = previous.find((p) => p.userId === current.userId);
  return before ? before.rank - current.rank : null;
}
