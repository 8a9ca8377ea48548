import Decimal from "decimal.js";

/**
 * One line of the information-source report (SPEC §7.4). Money is decimal text, counts are numbers. `sourceId`
 * null is the line of what came without a source.
 */
export interface SourceRow {
  sourceId: string | null;
  name: string | null;
  archived: boolean;
  incomingInteractions: number;
  newCounterparties: number;
  orders: number;
  revenue: string;
  grossProfit: string;
  /** The source's cost (InformationSource.cost); null when it has none. */
  cost: string | null;
  /** cost ÷ new counterparties, to the kopeck; null without a cost or without a new counterparty. */
  costPerNewCounterparty: string | null;
  /** (gross profit − cost) ÷ cost, a ratio (1.5 = 150 %) to four places; null without a positive cost. */
  returnOnCost: number | null;
}

export type SourceFigures = Omit<SourceRow, "costPerNewCounterparty" | "returnOnCost">;

function costPerNewCounterparty(cost: Decimal | null, newCounterparties: number): string | null {
  if (cost === null || newCounterparties === 0) return null;
  return cost.div(newCounterparties).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function returnOnCost(grossProfit: Decimal, cost: Decimal | null): number | null {
  if (cost === null || cost.lte(0)) return null;
  return grossProfit.minus(cost).div(cost).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
}

/** A source's line with what follows from its cost. */
export function withEfficiency(figures: SourceFigures): SourceRow {
  const cost = figures.cost === null ? null : new Decimal(figures.cost);
  return {
    ...figures,
    costPerNewCounterparty: costPerNewCounterparty(cost, figures.newCounterparties),
    returnOnCost: returnOnCost(new Decimal(figures.grossProfit), cost),
  };
}

const sum = (values: string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0));

/**
 * The totals line: every count and amount summed over all lines. The cost per new counterparty and the return
 * compare the total cost with what the sources that have a cost brought — the lines without a cost (and the line
 * without a source) would otherwise make the money spent look better than it was.
 */
export function sourceTotals(rows: SourceRow[]): SourceRow {
  const costed = rows.filter((r) => r.cost !== null);
  const cost = costed.length ? sum(costed.map((r) => r.cost!)) : null;
  return {
    sourceId: null,
    name: null,
    archived: false,
    incomingInteractions: rows.reduce((n, r) => n + r.incomingInteractions, 0),
    newCounterparties: rows.reduce((n, r) => n + r.newCounterparties, 0),
    orders: rows.reduce((n, r) => n + r.orders, 0),
    revenue: sum(rows.map((r) => r.revenue)).toFixed(2),
    grossProfit: sum(rows.map((r) => r.grossProfit)).toFixed(2),
    cost: cost && cost.toFixed(2),
    costPerNewCounterparty: costPerNewCounterparty(
      cost,
      costed.reduce((n, r) => n + r.newCounterparties, 0),
    ),
    returnOnCost: returnOnCost(sum(costed.map((r) => r.grossProfit)), cost),
  };
}

/**
 * The figures of a source line in the report's column order (incoming, new, orders, revenue, gross profit, cost,
 * cost per new counterparty, return), each written by the caller's cell for its kind: the page and the CSV file
 * show the same columns in the same order.
 */
export function sourceCells<C>(
  row: SourceRow,
  cell: { count: (n: number) => C; money: (value: string | null) => C; ratio: (value: number | null) => C },
): C[] {
  return [
    cell.count(row.incomingInteractions),
    cell.count(row.newCounterparties),
    cell.count(row.orders),
    cell.money(row.revenue),
    cell.money(row.grossProfit),
    cell.money(row.cost),
    cell.money(row.costPerNewCounterparty),
    cell.ratio(row.returnOnCost),
  ];
}
