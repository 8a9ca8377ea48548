import { GRANULARITIES, periodBuckets, type Granularity, type Period } from "./comparison-periods";

/** A weekly chart stays readable up to half a year: any period of 183 days spans at most 27 ISO weeks. */
export const MAX_WEEKLY_BUCKETS = 27;

/**
 * The step of a dynamics report from the URL: "week" or "month" (the default); anything else is ignored. Weeks over
 * a period that would need more than `MAX_WEEKLY_BUCKETS` of them become months, and `coarsened` says so.
 */
export function readGranularity(value: unknown, period: Period): { granularity: Granularity; coarsened: boolean } {
  const requested: Granularity = GRANULARITIES.find((g) => g === value) ?? "month";
  if (requested === "week" && periodBuckets(period, "week").length > MAX_WEEKLY_BUCKETS)
    return { granularity: "month", coarsened: true };
  return { granularity: requested, coarsened: false };
}
