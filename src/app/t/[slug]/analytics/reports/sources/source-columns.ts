/** The columns of the information-source report, as keys of its messages: the page and the CSV file show the same. */
export const SOURCE_COLUMNS = [
  "source",
  "incoming",
  "newCounterparties",
  "orders",
  "revenue",
  "grossProfit",
  "cost",
  "costPerNew",
  "return",
] as const;
