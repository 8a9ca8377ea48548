import { beforeAll, describe, expect, it } from "vitest";
import { readPeriod } from "@/domain/dates/calendar-date";
import {
  parseContactReportFilters,
  parseFailedOrderFilters,
  parseInteractionReportFilters,
} from "@/domain/reports/report-filters";
import { contactInformationReport } from "@/server/reports/contact-information-report";
import { completenessByManager } from "@/server/reports/completeness-by-manager";
import { interactionsReport } from "@/server/reports/interactions-report";
import { informationSourcesReport } from "@/server/reports/information-sources-report";
import { failedOrdersReport } from "@/server/reports/failed-orders-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { otherTenantFixture, reportFixture } from "./report-fixture";

const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
let f: Awaited<ReturnType<typeof reportFixture>>;
let other: Awaited<ReturnType<typeof otherTenantFixture>>;

beforeAll(async () => {
  f = await reportFixture();
  other = await otherTenantFixture();
});

const contactFilters = (extra: Record<string, string> = {}) =>
  parseContactReportFilters(extra, [f.anna.id, f.boris.id]);
const interactionFilters = (extra: Record<string, string> = {}) =>
  parseInteractionReportFilters(extra, [f.anna.id, f.boris.id, f.user.id]);

describe("contact information of counterparties", () => {
  it("lists the customers by manager with their primary contacts, people and completeness, with sub-totals and a total", async () => {
    const report = await contactInformationReport(f.ctx, contactFilters());
    expect(report.fieldCount).toBe(6);
    expect(
      report.groups.map((g) => [g.managerName, g.counterparties, g.filled, g.possible, g.persons, g.completeness]),
    ).toEqual([
      [f.anna.name, 2, 7, 12, 1, 58.3],
      [f.boris.name, 1, 4, 6, 1, 66.7],
      [null, 1, 0, 6, 0, 0],
    ]);
    expect(report.total).toEqual({ counterparties: 4, filled: 11, possible: 24, persons: 2, completeness: 45.8 });
    expect(report.pages).toBe(1);
    expect(
      report.rows.map((r) => [r.name, r.managerName, r.phone, r.email, r.address, r.persons, r.filled, r.completeness]),
    ).toEqual([
      ["Альфа", f.anna.name, "+7 495 111-11-11", "info@alfa.example", "Москва, ул. Ленина, 1", 1, 6, 100],
      ["Бета", f.anna.name, "+7 916 222-22-22", null, null, 0, 1, 16.7],
      ["Гамма", f.boris.name, null, "gamma@example.test", "Казань", 1, 4, 66.7],
      [f.counterparties.formula.name, null, null, null, null, 0, 0, 0],
    ]);
  });

  it("filters by manager, kind and incompleteness; the totals follow the filters", async () => {
    const incomplete = await contactInformationReport(f.ctx, contactFilters({ incomplete: "1" }));
    expect(incomplete.rows.map((r) => r.name)).toEqual(["Бета", "Гамма", f.counterparties.formula.name]);
    expect(incomplete.groups.map((g) => [g.counterparties, g.completeness])).toEqual([
      [1, 16.7],
      [1, 66.7],
      [1, 0],
    ]);
    expect(incomplete.total).toMatchObject({ counterparties: 3, filled: 5, possible: 18, completeness: 27.8 });
    expect(
      (await contactInformationReport(f.ctx, contactFilters({ kind: "INDIVIDUAL" }))).rows.map((r) => r.name),
    ).toEqual(["Бета"]);
    const unassigned = await contactInformationReport(f.ctx, contactFilters({ manager: "none" }));
    expect([unassigned.rows.map((r) => r.name), unassigned.total.counterparties]).toEqual([
      [f.counterparties.formula.name],
      1,
    ]);
    const boris = await contactInformationReport(f.ctx, contactFilters({ manager: f.boris.id }));
    expect(boris.groups.map((g) => g.managerUserId)).toEqual([f.boris.id]);
  });

  it("pages the rows but counts every counterparty in the totals", async () => {
    const page2 = await contactInformationReport(f.ctx, { ...contactFilters(), page: 2 });
    expect(page2.rows).toEqual([]);
    expect(page2.total.counterparties).toBe(4);
  });

  it("gives the per-manager filled and possible pairs for other reports", async () => {
    const { fields, groups } = await completenessByManager(f.ctx);
    expect(fields.count).toBe(6);
    expect(groups.map((g) => [g.managerUserId, g.filled, g.possible])).toEqual([
      [f.anna.id, 7, 12],
      [f.boris.id, 4, 6],
      [null, 0, 6],
    ]);
  });
});

describe("interactions in a period", () => {
  const figures = (groups: { count: number; incoming: number; outgoing: number; minutes: number }[]) =>
    groups.map((g) => [g.count, g.incoming, g.outgoing, g.minutes]);

  it("groups the interactions done in the period, by the tenant's calendar, by manager", async () => {
    const report = await interactionsReport(f.ctx, OCTOBER, interactionFilters());
    expect(report.groups.map((g) => [g.key, g.label])).toEqual([
      [f.anna.id, f.anna.name],
      [f.boris.id, f.boris.name],
    ]);
    expect(figures(report.groups)).toEqual([
      [4, 2, 2, 78],
      [1, 1, 0, 0],
    ]);
    expect(report.total).toEqual({ count: 5, incoming: 3, outgoing: 2, minutes: 78 });
    expect(report.groupCount).toBe(2);
  });

  it("groups by type or by counterparty", async () => {
    const byType = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ groupBy: "type" }));
    expect(byType.groups.map((g) => [g.key, g.label, g.count, g.incoming, g.outgoing, g.minutes])).toEqual([
      ["CALL", null, 4, 3, 1, 18],
      ["MEETING", null, 1, 0, 1, 60],
    ]);
    const byCounterparty = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ groupBy: "counterparty" }));
    expect(byCounterparty.groups.map((g) => [g.label, g.count, g.incoming, g.outgoing, g.minutes])).toEqual([
      ["Альфа", 2, 1, 1, 15],
      ["Бета", 2, 1, 1, 63],
      ["Гамма", 1, 1, 0, 0],
    ]);
    expect(byCounterparty.total).toEqual({ count: 5, incoming: 3, outgoing: 2, minutes: 78 });
    const paged = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ groupBy: "counterparty" }), {
      limit: 2,
      offset: 2,
    });
    expect([paged.groups.map((g) => g.label), paged.groupCount, paged.total.count]).toEqual([["Гамма"], 3, 5]);
  });

  it("filters by status, type, direction and manager", async () => {
    const planned = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ status: "planned" }));
    expect([planned.groups.map((g) => g.key), planned.total]).toEqual([
      [f.boris.id],
      { count: 1, incoming: 0, outgoing: 1, minutes: 0 },
    ]);
    const all = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ status: "all" }));
    expect(figures(all.groups)).toEqual([
      [5, 2, 3, 78],
      [2, 1, 1, 0],
    ]);
    const incomingCalls = await interactionsReport(
      f.ctx,
      OCTOBER,
      interactionFilters({ type: "CALL", direction: "INCOMING" }),
    );
    expect(figures(incomingCalls.groups)).toEqual([
      [2, 2, 0, 8],
      [1, 1, 0, 0],
    ]);
    const boris = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ manager: f.boris.id }));
    expect(boris.total).toEqual({ count: 1, incoming: 1, outgoing: 0, minutes: 0 });
  });
});

describe("information sources", () => {
  it("shows each source's leads, orders, sales, cost and return, largest revenue first, and the totals", async () => {
    const { rows, total } = await informationSourcesReport(f.ctx, OCTOBER);
    const line = (r: (typeof rows)[number]) => [
      r.name,
      r.archived,
      r.incomingInteractions,
      r.newCounterparties,
      r.orders,
      r.revenue,
      r.grossProfit,
      r.cost,
      r.costPerNewCounterparty,
      r.returnOnCost,
    ];
    expect(rows.map(line)).toEqual([
      ["Выставка", false, 1, 3, 1, "4000.00", "1500.00", "1000.00", "333.33", 0.5],
      ["Старая реклама", true, 0, 0, 1, "800.00", "300.00", "500.00", null, -0.4],
      [null, false, 1, 1, 1, "400.00", "300.00", null, null, null],
      ["Сарафан", false, 1, 1, 0, "0.00", "0.00", null, null, null],
      ["Холодные звонки", false, 0, 0, 0, "0.00", "0.00", "200.00", null, -1],
    ]);
    expect(rows.map((r) => r.sourceId)).toEqual([
      f.sources.fair.id,
      f.sources.oldAds.id,
      null,
      f.sources.wordOfMouth.id,
      f.sources.coldCalls.id,
    ]);
    expect(total).toEqual({
      sourceId: null,
      name: null,
      archived: false,
      incomingInteractions: 3,
      newCounterparties: 5,
      orders: 3,
      revenue: "5200.00",
      grossProfit: "2100.00",
      cost: "1700.00",
      costPerNewCounterparty: "566.67",
      returnOnCost: 0.0588,
    });
  });

  it("lists the active sources with nothing in an empty period, and no line without a source", async () => {
    const { rows, total } = await informationSourcesReport(f.ctx, { from: "2020-01-01", to: "2020-01-31" });
    expect(rows.map((r) => r.name)).toEqual(["Выставка", "Сарафан", "Холодные звонки"]);
    expect(total).toMatchObject({
      revenue: "0.00",
      newCounterparties: 0,
      cost: "1200.00",
      costPerNewCounterparty: null,
      returnOnCost: -1,
    });
  });
});

describe("failed orders", () => {
  const reasonFilters = (extra: Record<string, string> = {}) =>
    parseFailedOrderFilters(extra, {
      reasonIds: [f.reasons.dry.id, f.reasons.late.id],
      managerIds: [f.anna.id, f.boris.id],
    });

  it("groups the orders cancelled in the period by reason, no reason being a group of its own, with the orders under each", async () => {
    const { groups, total } = await failedOrdersReport(f.ctx, OCTOBER, reasonFilters());
    expect(groups.map((g) => [g.key, g.label, g.count, g.amount])).toEqual([
      [f.reasons.late.id, "Сроки", 2, "2010.00"],
      [f.reasons.dry.id, "Дорого", 2, "1500.50"],
      [null, null, 1, "99.99"],
    ]);
    expect(groups.map((g) => g.orders.map((o) => o.number))).toEqual([[8, 11], [6, 7], [9]]);
    expect(groups[1]!.orders[0]).toEqual({
      id: f.o6.id,
      number: 6,
      date: "2026-10-07",
      counterpartyId: f.counterparties.alfa.id,
      counterpartyName: "Альфа",
      managerName: f.anna.name,
      reasonName: "Дорого",
      amount: "1200.50",
      comment: "Нашли дешевле",
    });
    expect(total).toEqual({ count: 5, amount: "3610.49" });
  });

  it("groups by manager and filters by reason and manager", async () => {
    const byManager = await failedOrdersReport(f.ctx, OCTOBER, reasonFilters({ groupBy: "manager" }));
    expect(byManager.groups.map((g) => [g.label, g.count, g.amount, g.orders.map((o) => o.number)])).toEqual([
      [f.boris.name, 2, "2099.99", [8, 9]],
      [f.anna.name, 3, "1510.50", [6, 7, 11]],
    ]);
    const noReason = await failedOrdersReport(f.ctx, OCTOBER, reasonFilters({ reason: "none" }));
    expect([noReason.groups.map((g) => g.key), noReason.total]).toEqual([[null], { count: 1, amount: "99.99" }]);
    const anna = await failedOrdersReport(f.ctx, OCTOBER, reasonFilters({ manager: f.anna.id }));
    expect(anna.groups.map((g) => [g.label, g.count, g.amount])).toEqual([
      ["Дорого", 2, "1500.50"],
      ["Сроки", 1, "10.00"],
    ]);
  });
});

describe("a period that cannot be used", () => {
  it("falls back to the twelve months up to today, which the reports then cover", async () => {
    const period = readPeriod({ from: "2026-10-31", to: "2026-10-01" }, "2026-11-23");
    expect(period).toEqual({ from: "2025-11-24", to: "2026-11-23", corrected: true });
    expect(readPeriod({ from: "2020-01-01", to: "2026-10-01" }, "2026-11-23").corrected).toBe(true);
    expect(readPeriod({ from: "2026-02-30", to: "2026-10-01" }, "2026-11-23").corrected).toBe(true);
    const failed = await failedOrdersReport(
      f.ctx,
      period,
      parseFailedOrderFilters({}, { reasonIds: [], managerIds: [] }),
    );
    expect(failed.total).toEqual({ count: 6, amount: "8610.49" });
    const interactions = await interactionsReport(f.ctx, period, interactionFilters());
    expect(interactions.total.count).toBe(7);
  });
});

describe("two tenants", () => {
  it("never shows one tenant's rows in another's reports, nor lets its ids filter them", async () => {
    const options = await reportFilterOptions(f.ctx);
    expect(options.managerIds.sort()).toEqual([f.user.id, f.anna.id, f.boris.id].sort());
    expect(options.reasons.map((r) => r.name).sort()).toEqual(["Дорого", "Сроки"]);
    const foreign = { manager: other.user.id, reason: other.reason.id };
    expect(parseContactReportFilters(foreign, options.managerIds).manager).toBeUndefined();
    expect(parseFailedOrderFilters(foreign, options)).toMatchObject({ manager: undefined, reason: undefined });

    const contacts = await contactInformationReport(f.ctx, contactFilters());
    expect(contacts.total.counterparties).toBe(4);
    expect(JSON.stringify(contacts)).not.toContain("Чужой");
    const interactions = await interactionsReport(f.ctx, OCTOBER, interactionFilters({ groupBy: "counterparty" }));
    expect(interactions.total.count).toBe(5);
    const sources = await informationSourcesReport(f.ctx, OCTOBER);
    expect(sources.total.revenue).toBe("5200.00");
    expect(JSON.stringify(sources)).not.toContain("Чужой");
    const failed = await failedOrdersReport(f.ctx, OCTOBER, parseFailedOrderFilters({}, options));
    expect(failed.total).toEqual({ count: 5, amount: "3610.49" });

    // Even a foreign id handed straight to the queries selects nothing of the other tenant.
    expect(
      (await contactInformationReport(f.ctx, { incomplete: false, page: 1, manager: other.user.id })).total
        .counterparties,
    ).toBe(0);
    expect(
      (await interactionsReport(f.ctx, OCTOBER, { status: "done", groupBy: "manager", manager: other.user.id })).total
        .count,
    ).toBe(0);
    expect((await failedOrdersReport(f.ctx, OCTOBER, { groupBy: "reason", reason: other.reason.id })).total.count).toBe(
      0,
    );

    // And the other tenant's director sees only his own.
    const theirs = await informationSourcesReport(other.ctx, OCTOBER);
    expect(theirs.rows.map((r) => [r.name, r.incomingInteractions, r.newCounterparties, r.orders, r.revenue])).toEqual([
      ["Чужой источник", 1, 1, 1, "777.00"],
    ]);
    expect((await failedOrdersReport(other.ctx, OCTOBER, { groupBy: "reason" })).total).toEqual({
      count: 1,
      amount: "555.00",
    });
    expect((await contactInformationReport(other.ctx, { incomplete: false, page: 1 })).rows.map((r) => r.name)).toEqual(
      ["Чужой клиент"],
    );
  });
});
