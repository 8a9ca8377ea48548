import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { EMPTY_FIGURES } from "@/domain/kpi/manager-figures";
import { loadManagerFigures } from "@/server/kpi/manager-figures";
import { managerIndicatorsReport } from "@/server/kpi/manager-indicators-report";
import { kpiFixture } from "./kpi-fixture";

const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
const SEPTEMBER = { from: "2026-09-01", to: "2026-09-30" };
const OCTOBER_2025 = { from: "2025-10-01", to: "2025-10-31" };
const TODAY = "2026-11-23";

describe("manager figures (SPEC §7.1), worked out by hand", () => {
  it("counts every indicator per manager, with the tenant total, for three periods at once", async () => {
    const f = await kpiFixture();
    const { members, periods } = await loadManagerFigures(
      f.tenantId,
      "Europe/Moscow",
      [OCTOBER, SEPTEMBER, OCTOBER_2025],
      TODAY,
    );
    expect(members.map((m) => m.name)).toEqual(["Анна Менеджер", "Борис Менеджер", f.director.user.name]);
    const [october, september, year] = periods;
    const annaSnapshot = { filledFields: 4, possibleFields: 10, receivables: 500, overdueDebt: 500 };
    const borisSnapshot = { filledFields: 2, possibleFields: 5, receivables: 0, overdueDebt: 0 };

    expect(october!.byUser.get(f.anna.id)).toEqual({
      ...EMPTY_FIGURES,
      ...annaSnapshot,
      revenue: 1300,
      grossProfit: 500,
      payments: 800,
      completedOrders: 1,
      paidOrders: 1,
      partlyPaidOrders: 1,
      unpaidOrders: 0,
      firstDeals: 1,
      repeatDeals: 1,
      newCustomers: 1,
      upgrades: 2,
      downgrades: 0,
      lostCustomers: 0,
      customersAtStart: 1,
      lostOfThem: 0,
      interactions: 3,
      minutesSpent: 75,
    });
    expect(october!.byUser.get(f.boris.id)).toEqual({
      ...EMPTY_FIGURES,
      ...borisSnapshot,
      unpaidOrders: 1,
      firstDeals: 1,
      downgrades: 1,
      lostCustomers: 1,
      customersAtStart: 1,
      lostOfThem: 1,
      interactions: 1,
    });
    expect(october!.byUser.get(f.director.user.id)).toEqual({
      ...EMPTY_FIGURES,
      revenue: 100,
      grossProfit: 60,
      payments: 100,
      completedOrders: 1,
      paidOrders: 1,
      repeatDeals: 1,
    });
    // The total includes c4, whom nobody is responsible for: 7 of 20 fields.
    expect(october!.total).toEqual({
      ...EMPTY_FIGURES,
      filledFields: 7,
      possibleFields: 20,
      receivables: 500,
      overdueDebt: 500,
      revenue: 1400,
      grossProfit: 560,
      payments: 900,
      completedOrders: 2,
      paidOrders: 2,
      partlyPaidOrders: 1,
      unpaidOrders: 1,
      firstDeals: 2,
      repeatDeals: 2,
      newCustomers: 1,
      upgrades: 2,
      downgrades: 1,
      lostCustomers: 1,
      customersAtStart: 2,
      lostOfThem: 1,
      interactions: 4,
      minutesSpent: 75,
    });

    expect(september!.byUser.get(f.anna.id)).toEqual({
      ...EMPTY_FIGURES,
      ...annaSnapshot,
      revenue: 1000,
      grossProfit: 400,
      payments: 1000,
      completedOrders: 1,
      paidOrders: 1,
      firstDeals: 1,
      newCustomers: 1,
      upgrades: 1,
      interactions: 1,
      minutesSpent: 3,
    });
    expect(september!.byUser.get(f.boris.id)).toEqual({ ...EMPTY_FIGURES, ...borisSnapshot, customersAtStart: 1 });

    expect(year!.byUser.get(f.director.user.id)).toEqual({
      ...EMPTY_FIGURES,
      revenue: 50,
      grossProfit: 30,
      payments: 50,
      completedOrders: 1,
      paidOrders: 1,
      firstDeals: 1,
    });
    expect(year!.total).toMatchObject({ newCustomers: 1, customersAtStart: 1, revenue: 50 });
    expect(year!.byUser.get(f.anna.id)).toEqual({ ...EMPTY_FIGURES, ...annaSnapshot });
  });

  it("derives completeness, churn and retention from the sums", async () => {
    const f = await kpiFixture();
    const ctx = await resolveTenantContext(f.director.claims, f.director.tenant.slug);
    const report = await managerIndicatorsReport(ctx, OCTOBER);
    const anna = report.rows.find((r) => r.member.userId === f.anna.id)!.values;
    const boris = report.rows.find((r) => r.member.userId === f.boris.id)!.values;
    const director = report.rows.find((r) => r.member.userId === f.director.user.id)!.values;
    expect([anna.completeness, anna.churn, anna.retention]).toEqual([0.4, 0, 1]);
    expect([boris.completeness, boris.churn, boris.retention]).toEqual([0.4, 1, 0]);
    // The director has no counterparties and no customers to lose: nothing to divide by.
    expect([director.completeness, director.churn, director.retention]).toEqual([null, null, null]);
    expect([report.total.completeness, report.total.churn, report.total.retention]).toEqual([0.35, 0.5, 0.5]);
    expect(
      report.interactions
        .filter((i) => i.userId === f.anna.id)
        .map((i) => [i.type, i.direction, i.interactions, i.minutesSpent])
        .sort(),
    ).toEqual([
      ["CALL", "INCOMING", 1, 5],
      ["CALL", "OUTGOING", 1, 10],
      ["MEETING", "OUTGOING", 1, 60],
    ]);
  });

  it("shows a manager his own row and the totals only, whatever he asks for", async () => {
    const f = await kpiFixture();
    const claims = { userId: f.boris.id, sessionVersion: f.boris.sessionVersion };
    const ctx = await resolveTenantContext(claims, f.director.tenant.slug);
    for (const asked of [undefined, f.anna.id, f.director.user.id]) {
      const report = await managerIndicatorsReport(ctx, OCTOBER, asked);
      expect(report.rows.map((r) => r.member.userId)).toEqual([f.boris.id]);
      expect(report.members.map((m) => m.userId)).toEqual([f.boris.id]);
      expect(report.total.revenue).toBe(1400);
      expect(report.interactions.every((i) => i.userId === f.boris.id)).toBe(true);
    }
    const director = await resolveTenantContext(f.director.claims, f.director.tenant.slug);
    expect((await managerIndicatorsReport(director, OCTOBER, f.anna.id)).rows.map((r) => r.member.userId)).toEqual([
      f.anna.id,
    ]);
  });

  it("never mixes tenants: another tenant's figures and managers stay out, its ids are ignored", async () => {
    const [a, b] = [await kpiFixture(), await kpiFixture()];
    const ctx = await resolveTenantContext(a.director.claims, a.director.tenant.slug);
    const before = await unsafeDb().order.count({ where: { tenantId: b.tenantId } });
    const report = await managerIndicatorsReport(ctx, OCTOBER, b.anna.id);
    expect(report.rows.map((r) => r.member.userId).sort()).toEqual([a.anna.id, a.boris.id, a.director.user.id].sort());
    expect(report.total.revenue).toBe(1400);
    expect(await unsafeDb().order.count({ where: { tenantId: b.tenantId } })).toBe(before);
  });
});
