/**
 * The manager indicators of SPEC §7.1: what each one measures, which way is better (the rating inverts the
 * lower-is-better ones), and whether it is a snapshot of today rather than a sum over the period.
 */
export const INDICATORS = [
  "revenue",
  "grossProfit",
  "payments",
  "completedOrders",
  "firstDeals",
  "repeatDeals",
  "paidOrders",
  "partlyPaidOrders",
  "unpaidOrders",
  "newCustomers",
  "lostCustomers",
  "churn",
  "retention",
  "upgrades",
  "downgrades",
  "interactions",
  "minutesSpent",
  "completeness",
  "receivables",
  "overdueDebt",
] as const;
export type Indicator = (typeof INDICATORS)[number];

export type IndicatorUnit = "money" | "count" | "percent" | "minutes";

export interface IndicatorMeta {
  unit: IndicatorUnit;
  better: "higher" | "lower";
  /** A ratio has no meaningful share of the tenant total; the total row shows the tenant's own ratio. */
  ratio: boolean;
  /** Today's state, not a sum over the period: earlier periods have no value of their own. */
  snapshot: boolean;
}

const meta = (
  unit: IndicatorUnit,
  better: "higher" | "lower" = "higher",
  extra: Partial<IndicatorMeta> = {},
): IndicatorMeta => ({ unit, better, ratio: false, snapshot: false, ...extra });

export const INDICATOR_META: Record<Indicator, IndicatorMeta> = {
  revenue: meta("money"),
  grossProfit: meta("money"),
  payments: meta("money"),
  completedOrders: meta("count"),
  firstDeals: meta("count"),
  repeatDeals: meta("count"),
  paidOrders: meta("count"),
  partlyPaidOrders: meta("count"),
  unpaidOrders: meta("count", "lower"),
  newCustomers: meta("count"),
  lostCustomers: meta("count", "lower"),
  churn: meta("percent", "lower", { ratio: true }),
  retention: meta("percent", "higher", { ratio: true }),
  upgrades: meta("count"),
  downgrades: meta("count", "lower"),
  interactions: meta("count"),
  minutesSpent: meta("minutes"),
  completeness: meta("percent", "higher", { ratio: true, snapshot: true }),
  receivables: meta("money", "lower", { snapshot: true }),
  overdueDebt: meta("money", "lower", { snapshot: true }),
};

export function isIndicator(value: string): value is Indicator {
  return (INDICATORS as readonly string[]).includes(value);
}

export const DEFAULT_SHOWN: readonly Indicator[] = [
  "revenue",
  "grossProfit",
  "completedOrders",
  "newCustomers",
  "churn",
  "interactions",
  "completeness",
  "overdueDebt",
];

export const DEFAULT_WEIGHTS: Partial<Record<Indicator, number>> = {
  revenue: 3,
  grossProfit: 2,
  newCustomers: 2,
  churn: 1,
  completedOrders: 1,
  interactions: 1,
  completeness: 1,
  overdueDebt: 1,
};

export const MAX_WEIGHT = 10;
