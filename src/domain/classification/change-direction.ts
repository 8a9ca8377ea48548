/** SPEC §6.4 orders: LOST < POTENTIAL < ONE_TIME < REGULAR; Z < Y < X; C < B < A; no class is below every class. */
const RANK: Record<string, Record<string, number>> = {
  STAGE: { LOST: 0, POTENTIAL: 1, ONE_TIME: 2, REGULAR: 3 },
  XYZ: { Z: 1, Y: 2, X: 3 },
  ABC: { C: 1, B: 2, A: 3 },
};

export type Direction = "up" | "down" | null;

/** The arrow a report shows for a change: up for an upgrade, down for a downgrade. */
export function changeDirection(dimension: "ABC" | "STAGE" | "XYZ", from: string | null, to: string | null): Direction {
  const rank = (v: string | null) => (v === null ? 0 : (RANK[dimension]![v] ?? 0));
  const delta = rank(to) - rank(from);
  return delta > 0 ? "up" : delta < 0 ? "down" : null;
}
