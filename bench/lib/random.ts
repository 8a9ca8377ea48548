/** A seeded generator (mulberry32): the same seed gives the same data set, run after run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    /** Pareto-distributed (heavy tail): a few large values, many small ones. */
    pareto: (alpha: number) => 1 / Math.pow(1 - next(), 1 / alpha),
  };
}

export type Random = ReturnType<typeof seededRandom>;

/** Picks indexes with probability proportional to their weights (binary search over the cumulative sums). */
export function weightedPicker(weights: Float64Array) {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = total += weights[i]!;
  return (random: Random) => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Deterministic ids shaped like UUIDs, one namespace per table, so a re-run with the same seed is identical. */
export function idOf(namespace: number, n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `${namespace.toString(16).padStart(8, "0")}-0000-7000-8000-${hex}`;
}
