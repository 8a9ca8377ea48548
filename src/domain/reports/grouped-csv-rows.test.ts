import { describe, expect, it } from "vitest";
import { groupedCsvRows } from "./grouped-csv-rows";

type Row = { group: string; value: number };

describe("groupedCsvRows", () => {
  const layout = () =>
    groupedCsvRows<Row>({
      groupOf: (r) => r.group,
      detail: (r) => [r.group, r.value],
      subtotal: (last) => [`subtotal ${last.group}`],
      total: () => ["total"],
    });

  it("closes each group with its sub-total, also across batches, and ends with the total once", () => {
    const rows = layout();
    expect(
      rows(
        [
          { group: "a", value: 1 },
          { group: "a", value: 2 },
          { group: "b", value: 3 },
        ],
        false,
      ),
    ).toEqual([["a", 1], ["a", 2], ["subtotal a"], ["b", 3]]);
    expect(
      rows(
        [
          { group: "b", value: 4 },
          { group: "c", value: 5 },
        ],
        true,
      ),
    ).toEqual([["b", 4], ["subtotal b"], ["c", 5], ["subtotal c"], ["total"]]);
    expect(rows([], true)).toEqual([]);
  });

  it("writes only the total for an empty report", () => {
    expect(layout()([], true)).toEqual([["total"]]);
  });
});
