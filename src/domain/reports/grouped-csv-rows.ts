/**
 * The rows of a grouped report as they go to a CSV file in batches, laid out like the page: each group's detail
 * rows followed by its sub-total row, and the grand total after the last group. Batches arrive in group order;
 * a group may span batches. Once the last batch is through, further calls give nothing, so a reader that asks
 * once more past the end writes no second total.
 */
export function groupedCsvRows<R>(layout: {
  groupOf: (row: R) => string;
  detail: (row: R) => unknown[];
  subtotal: (last: R) => unknown[];
  total: () => unknown[];
}) {
  let previous: R | undefined;
  let finished = false;
  return (batch: R[], isLast: boolean): unknown[][] => {
    if (finished) return [];
    const out: unknown[][] = [];
    for (const row of batch) {
      if (previous !== undefined && layout.groupOf(row) !== layout.groupOf(previous))
        out.push(layout.subtotal(previous));
      out.push(layout.detail(row));
      previous = row;
    }
    if (isLast) {
      if (previous !== undefined) out.push(layout.subtotal(previous));
      out.push(layout.total());
      finished = true;
    }
    return out;
  };
}
