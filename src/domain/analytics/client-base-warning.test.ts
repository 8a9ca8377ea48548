import { describe, expect, it } from "vitest";
import { clientBaseWarning, isCompleteBucket, type ClientBaseFigures } from "./client-base-warning";

const month = (m: string, last: string, f: Partial<ClientBaseFigures> = {}): ClientBaseFigures => ({
  from: `2026-${m}-01`,
  to: `2026-${m}-${last}`,
  newCustomers: 0,
  lostCustomers: 0,
  revenueNew: "0",
  revenueRegular: "0",
  ...f,
});

/** July to September complete, October too, November (today 2026-11-23) not. */
const months = (figures: Partial<ClientBaseFigures>[]) =>
  [month("07", "31"), month("08", "31"), month("09", "30"), month("10", "31"), month("11", "30")].map((m, i) => ({
    ...m,
    ...figures[i],
  }));

describe("complete buckets", () => {
  it("span their whole week or month and ended before today", () => {
    expect(isCompleteBucket({ from: "2026-10-01", to: "2026-10-31" }, "month", "2026-11-01")).toBe(true);
    expect(isCompleteBucket({ from: "2026-10-01", to: "2026-10-31" }, "month", "2026-10-31")).toBe(false);
    expect(isCompleteBucket({ from: "2026-10-02", to: "2026-10-31" }, "month", "2026-11-23")).toBe(false);
    expect(isCompleteBucket({ from: "2026-10-01", to: "2026-10-30" }, "month", "2026-11-23")).toBe(false);
    expect(isCompleteBucket({ from: "2026-02-01", to: "2026-02-28" }, "month", "2026-11-23")).toBe(true);
    expect(isCompleteBucket({ from: "2026-11-16", to: "2026-11-22" }, "week", "2026-11-23")).toBe(true);
    expect(isCompleteBucket({ from: "2026-11-17", to: "2026-11-22" }, "week", "2026-11-23")).toBe(false);
    expect(isCompleteBucket({ from: "2026-11-23", to: "2026-11-29" }, "week", "2026-11-30")).toBe(true);
    expect(isCompleteBucket({ from: "2026-11-23", to: "2026-11-29" }, "week", "2026-11-29")).toBe(false);
  });
});

describe("the early warning: sales grow on new clients while regular ones leave", () => {
  const today = "2026-11-23";

  it("fires when regular revenue falls two buckets running while new revenue rises, and names what it saw", () => {
    const rows = months([
      {},
      { revenueRegular: "300.00", revenueNew: "10" },
      { revenueRegular: "200.00", revenueNew: "20" },
      { revenueRegular: "199.99", revenueNew: "30" },
      { revenueRegular: "0", revenueNew: "1000" },
    ]);
    expect(clientBaseWarning(rows, "month", today)).toEqual([
      {
        kind: "regularFalling",
        buckets: [
          { from: "2026-08-01", to: "2026-08-31" },
          { from: "2026-09-01", to: "2026-09-30" },
          { from: "2026-10-01", to: "2026-10-31" },
        ],
        revenueRegular: ["300.00", "200.00", "199.99"],
        revenueNew: ["10", "20", "30"],
        newCustomers: [0, 0, 0],
        newRising: ["revenue"],
      },
    ]);
  });

  it("fires on a rising number of new customers as well, and names both when both rise", () => {
    const count = months([
      {},
      { revenueRegular: "3", newCustomers: 1 },
      { revenueRegular: "2", newCustomers: 2 },
      { revenueRegular: "1", newCustomers: 3 },
    ]);
    expect(clientBaseWarning(count, "month", today).map((f) => f.kind === "regularFalling" && f.newRising)).toEqual([
      ["count"],
    ]);
    const both = months([
      {},
      { revenueRegular: "3", newCustomers: 1, revenueNew: "1" },
      { revenueRegular: "2", newCustomers: 2, revenueNew: "2" },
      { revenueRegular: "1", newCustomers: 3, revenueNew: "3" },
    ]);
    expect(clientBaseWarning(both, "month", today).map((f) => f.kind === "regularFalling" && f.newRising)).toEqual([
      ["revenue", "count"],
    ]);
  });

  it("does not fire on a flat step: equal neighbours are neither a fall nor a rise", () => {
    const flatRegular = months([
      {},
      { revenueRegular: "300", revenueNew: "10" },
      { revenueRegular: "300", revenueNew: "20" },
      { revenueRegular: "100", revenueNew: "30" },
    ]);
    expect(clientBaseWarning(flatRegular, "month", today)).toEqual([]);
    const flatNew = months([
      {},
      { revenueRegular: "300", revenueNew: "10", newCustomers: 1 },
      { revenueRegular: "200", revenueNew: "10", newCustomers: 2 },
      { revenueRegular: "100", revenueNew: "30", newCustomers: 2 },
    ]);
    expect(clientBaseWarning(flatNew, "month", today)).toEqual([]);
  });

  it("does not fire when regular revenue falls and new business falls too", () => {
    const rows = months([
      {},
      { revenueRegular: "300", revenueNew: "30", newCustomers: 3 },
      { revenueRegular: "200", revenueNew: "20", newCustomers: 2 },
      { revenueRegular: "100", revenueNew: "10", newCustomers: 1 },
    ]);
    expect(clientBaseWarning(rows, "month", today)).toEqual([]);
  });

  it("fires when more customers were lost than won over the three buckets together, not when as many", () => {
    const more = months([
      { lostCustomers: 9 },
      { lostCustomers: 2, newCustomers: 1 },
      { lostCustomers: 0, newCustomers: 1 },
      { lostCustomers: 1, newCustomers: 0 },
      { newCustomers: 9 },
    ]);
    expect(clientBaseWarning(more, "month", today)).toEqual([
      {
        kind: "lostExceedNew",
        buckets: [
          { from: "2026-08-01", to: "2026-08-31" },
          { from: "2026-09-01", to: "2026-09-30" },
          { from: "2026-10-01", to: "2026-10-31" },
        ],
        lost: 3,
        won: 2,
      },
    ]);
    const asMany = months([
      {},
      { lostCustomers: 2, newCustomers: 1 },
      { lostCustomers: 0, newCustomers: 1 },
      { lostCustomers: 1, newCustomers: 1 },
    ]);
    expect(clientBaseWarning(asMany, "month", today)).toEqual([]);
  });

  it("looks only at complete buckets, and needs three of them", () => {
    // The current month's collapse and a first month cut by the period are not looked at.
    const cut = [
      { ...month("08", "31", { revenueRegular: "9" }), from: "2026-08-15" },
      month("09", "30", { revenueRegular: "8", revenueNew: "1" }),
      month("10", "31", { revenueRegular: "7", revenueNew: "2" }),
      month("11", "30", { revenueRegular: "0", revenueNew: "3" }),
    ];
    expect(clientBaseWarning(cut, "month", today)).toEqual([]);
    expect(clientBaseWarning(cut, "month", "2026-12-01").map((f) => f.kind)).toEqual(["regularFalling"]);
    expect(clientBaseWarning([], "month", today)).toEqual([]);
  });

  it("reads weeks the same way", () => {
    const week = (from: string, to: string, f: Partial<ClientBaseFigures>): ClientBaseFigures => ({
      from,
      to,
      newCustomers: 0,
      lostCustomers: 0,
      revenueNew: "0",
      revenueRegular: "0",
      ...f,
    });
    const rows = [
      week("2026-11-02", "2026-11-08", { lostCustomers: 2 }),
      week("2026-11-09", "2026-11-15", { lostCustomers: 1, newCustomers: 1 }),
      week("2026-11-16", "2026-11-22", { newCustomers: 1 }),
      week("2026-11-23", "2026-11-29", {}),
    ];
    expect(clientBaseWarning(rows, "week", today)).toEqual([
      { kind: "lostExceedNew", buckets: rows.slice(0, 3).map(({ from, to }) => ({ from, to })), lost: 3, won: 2 },
    ]);
  });
});
