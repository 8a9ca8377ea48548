import { describe, expect, it } from "vitest";
import { sourceCells, sourceTotals, withEfficiency, type SourceFigures } from "./source-efficiency";

const line = (figures: Partial<SourceFigures>): SourceFigures => ({
  sourceId: "s",
  name: "S",
  archived: false,
  incomingInteractions: 0,
  newCounterparties: 0,
  orders: 0,
  revenue: "0.00",
  grossProfit: "0.00",
  cost: null,
  ...figures,
});

describe("information source efficiency", () => {
  it("divides the cost by the new counterparties and compares it with the gross profit", () => {
    const row = withEfficiency(line({ cost: "1000.00", newCounterparties: 3, grossProfit: "2500.00" }));
    expect(row.costPerNewCounterparty).toBe("333.33");
    expect(row.returnOnCost).toBe(1.5);
    expect(withEfficiency(line({ cost: "200.00", newCounterparties: 3, grossProfit: "50.00" }))).toMatchObject({
      costPerNewCounterparty: "66.67",
      returnOnCost: -0.75,
    });
  });

  it("has no figure where there is nothing to divide by", () => {
    expect(withEfficiency(line({ cost: "1000.00", newCounterparties: 0 }))).toMatchObject({
      costPerNewCounterparty: null,
      returnOnCost: -1,
    });
    expect(withEfficiency(line({ cost: null, newCounterparties: 5, grossProfit: "10.00" }))).toMatchObject({
      costPerNewCounterparty: null,
      returnOnCost: null,
    });
    expect(withEfficiency(line({ cost: "0.00", newCounterparties: 5, grossProfit: "10.00" }))).toMatchObject({
      costPerNewCounterparty: "0.00",
      returnOnCost: null,
    });
  });

  it("totals every line and weighs the cost against the lines that have one", () => {
    const rows = [
      withEfficiency(
        line({
          sourceId: "a",
          cost: "1000.00",
          newCounterparties: 2,
          incomingInteractions: 3,
          orders: 1,
          revenue: "5000.00",
          grossProfit: "1500.00",
        }),
      ),
      withEfficiency(
        line({
          sourceId: "b",
          cost: "500.00",
          newCounterparties: 3,
          orders: 2,
          revenue: "100.50",
          grossProfit: "0.50",
        }),
      ),
      withEfficiency(
        line({
          sourceId: null,
          name: null,
          newCounterparties: 7,
          incomingInteractions: 1,
          revenue: "900.00",
          grossProfit: "400.00",
        }),
      ),
    ];
    expect(sourceTotals(rows)).toEqual({
      sourceId: null,
      name: null,
      archived: false,
      incomingInteractions: 4,
      newCounterparties: 12,
      orders: 3,
      revenue: "6000.50",
      grossProfit: "1900.50",
      cost: "1500.00",
      costPerNewCounterparty: "300.00",
      returnOnCost: 0.0003,
    });
    expect(sourceTotals([withEfficiency(line({}))])).toMatchObject({
      cost: null,
      costPerNewCounterparty: null,
      returnOnCost: null,
    });
  });

  it("gives a line's cells in the report's column order", () => {
    const row = withEfficiency(
      line({
        incomingInteractions: 1,
        newCounterparties: 2,
        orders: 3,
        revenue: "4.00",
        grossProfit: "5.00",
        cost: "2.00",
      }),
    );
    expect(sourceCells(row, { count: (n) => `n${n}`, money: (v) => `m${v}`, ratio: (v) => `r${v}` })).toEqual([
      "n1",
      "n2",
      "n3",
      "m4.00",
      "m5.00",
      "m2.00",
      "m1.00",
      "r1.5",
    ]);
  });
});
