import type { Indicator } from "./indicators";

/**
 * What the database counts for one manager and period: the additive parts of every indicator. Ratios are kept as
 * numerator and denominator so that a tenant total is the sum of its managers and its ratio is computed from sums.
 */
export interface ManagerFigures {
  revenue: number;
  grossProfit: number;
  payments: number;
  completedOrders: number;
  firstDeals: number;
  repeatDeals: number;
  paidOrders: number;
  partlyPaidOrders: number;
  unpaidOrders: number;
  newCustomers: number;
  lostCustomers: number;
  /** Customers ONE_TIME or REGULAR at the period's start, and how many of them became LOST in it. */
  customersAtStart: number;
  lostOfThem: number;
  upgrades: number;
  downgrades: number;
  interactions: number;
  minutesSpent: number;
  /** Filled (counterparty, completeness field) pairs and all such pairs. */
  filledFields: number;
  possibleFields: number;
  receivables: number;
  overdueDebt: number;
}

export const EMPTY_FIGURES: ManagerFigures = {
  revenue: 0,
  grossProfit: 0,
  payments: 0,
  completedOrders: 0,
  firstDeals: 0,
  repeatDeals: 0,
  paidOrders: 0,
  partlyPaidOrders: 0,
  unpaidOrders: 0,
  newCustomers: 0,
  lostCustomers: 0,
  customersAtStart: 0,
  lostOfThem: 0,
  upgrades: 0,
  downgrades: 0,
  interactions: 0,
  minutesSpent: 0,
  filledFields: 0,
  possibleFields: 0,
  receivables: 0,
  overdueDebt: 0,
};

/** Sums figures (a tenant total); money is rounded to kopecks so float sums print exactly. */
export function sumFigures(all: ManagerFigures[]): ManagerFigures {
  const total = { ...EMPTY_FIGURES };
  for (const f of all) for (const key of Object.keys(total) as (keyof ManagerFigures)[]) total[key] += f[key];
  for (const key of ["revenue", "grossProfit", "payments", "receivables", "overdueDebt"] as const)
    total[key] = Math.round(total[key] * 100) / 100;
  return total;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/** Indicator values; null where a ratio has nothing to divide by (no customers at the start, no counterparties). */
export function indicatorValues(f: ManagerFigures): Record<Indicator, number | null> {
  const churn = ratio(f.lostOfThem, f.customersAtStart);
  return {
    revenue: f.revenue,
    grossProfit: f.grossProfit,
    payments: f.payments,
    completedOrders: f.completedOrders,
    firstDeals: f.firstDeals,
    repeatDeals: f.repeatDeals,
    paidOrders: f.paidOrders,
    partlyPaidOrders: f.partlyPaidOrders,
    unpaidOrders: f.unpaidOrders,
    newCustomers: f.newCustomers,
    lostCustomers: f.lostCustomers,
    churn,
    retention: churn === null ? null : 1 - churn,
    upgrades: f.upgrades,
    downgrades: f.downgrades,
    interactions: f.interactions,
    minutesSpent: f.minutesSpent,
    completeness: ratio(f.filledFields, f.possibleFields),
    receivables: f.receivables,
    overdueDebt: f.overdueDebt,
  };
}
