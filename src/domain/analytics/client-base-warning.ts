import Decimal from "decimal.js";
import { addDays, endOfMonth, startOfISOWeek } from "date-fns";
import { dateValue, isoDate } from "@/domain/dates/calendar-date";
import type { Granularity, Period } from "./comparison-periods";

/** The buckets the early warning looks at: the last three complete ones. */
const WARNING_BUCKETS = 3;

export interface ClientBaseFigures extends Period {
  newCustomers: number;
  lostCustomers: number;
  /** Decimal strings. */
  revenueNew: string;
  revenueRegular: string;
}

/**
 * What the early warning saw (SPEC §7.3, "sales grow on new clients while regular ones leave"), over the last
 * `WARNING_BUCKETS` complete buckets, oldest first:
 * - `regularFalling`: revenue from regular customers fell from each bucket to the next, while revenue from new
 *   customers or the number of new customers rose from each bucket to the next (`newRising` names which);
 * - `lostExceedNew`: together, more customers were lost than won.
 * Equal neighbours are neither a fall nor a rise.
 */
export type ClientBaseFinding =
  | {
      kind: "regularFalling";
      buckets: Period[];
      revenueRegular: string[];
      revenueNew: string[];
      newCustomers: number[];
      newRising: ("revenue" | "count")[];
    }
  | { kind: "lostExceedNew"; buckets: Period[]; lost: number; won: number };

/** A bucket counts only when it spans its whole week or month and has ended before today. */
export function isCompleteBucket(bucket: Period, granularity: Granularity, today: string): boolean {
  const start = dateValue(bucket.from);
  const whole =
    granularity === "week"
      ? { from: startOfISOWeek(start), to: addDays(startOfISOWeek(start), 6) }
      : { from: dateValue(`${bucket.from.slice(0, 7)}-01`), to: endOfMonth(start) };
  return isoDate(whole.from) === bucket.from && isoDate(whole.to) === bucket.to && bucket.to < today;
}

function strictly<T>(values: T[], before: (a: T, b: T) => boolean): boolean {
  return values.every((v, i) => i === 0 || before(values[i - 1]!, v));
}

const fell = (values: string[]) => strictly(values, (a, b) => new Decimal(b).lessThan(a));
const rose = (values: (string | number)[]) => strictly(values, (a, b) => new Decimal(b).greaterThan(a));

export function clientBaseWarning(
  rows: ClientBaseFigures[],
  granularity: Granularity,
  today: string,
): ClientBaseFinding[] {
  const last = rows.filter((r) => isCompleteBucket(r, granularity, today)).slice(-WARNING_BUCKETS);
  if (last.length < WARNING_BUCKETS) return [];
  const buckets = last.map(({ from, to }) => ({ from, to }));
  const findings: ClientBaseFinding[] = [];
  const revenueRegular = last.map((r) => r.revenueRegular);
  const revenueNew = last.map((r) => r.revenueNew);
  const newCustomers = last.map((r) => r.newCustomers);
  const newRising = [
    ...(rose(revenueNew) ? (["revenue"] as const) : []),
    ...(rose(newCustomers) ? (["count"] as const) : []),
  ];
  if (fell(revenueRegular) && newRising.length > 0)
    findings.push({ kind: "regularFalling", buckets, revenueRegular, revenueNew, newCustomers, newRising });
  const lost = last.reduce((sum, r) => sum + r.lostCustomers, 0);
  const won = last.reduce((sum, r) => sum + r.newCustomers, 0);
  if (lost > won) findings.push({ kind: "lostExceedNew", buckets, lost, won });
  return findings;
}
