import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDeploymentSmtpServer } from "@tests/smtp-server";

const smtp = withDeploymentSmtpServer({ beforeAll, afterAll });

const app = async () => ({
  ...(await import("@/server/db")),
  ...(await import("@/server/tenant-context")),
  ...(await import("@/server/actions/tenant-action")),
  ...(await import("@/server/kpi/rating-dashboard")),
  ...(await import("@/server/kpi/save-kpi-settings")),
  ...(await import("@/server/kpi/save-report-subscription")),
  ...(await import("@/server/kpi/send-director-reports")),
  ...(await import("./kpi-fixture")),
});

const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
const weightsForm = (weights: Record<string, string>, shown = ["revenue", "interactions", "overdueDebt"]) => ({
  shown,
  ...Object.fromEntries(Object.entries(weights).map(([k, v]) => [`weight_${k}`, v])),
});

describe("the director's rating (SPEC §7.2)", () => {
  it("ranks by the director's weights, re-ranks when a weight changes, and compares three periods", async () => {
    const {
      kpiFixture,
      resolveTenantContext,
      executeTenantAction,
      saveKpiSettings,
      saveKpiSettingsInput,
      ratingDashboard,
    } = await app();
    const f = await kpiFixture();
    const save = (form: Record<string, unknown>) =>
      executeTenantAction(
        f.director.claims,
        f.director.tenant.slug,
        { name: "saveKpiSettings", permission: "kpi.configure", input: saveKpiSettingsInput },
        form,
        saveKpiSettings,
      );
    const dashboard = async () =>
      ratingDashboard(await resolveTenantContext(f.director.claims, f.director.tenant.slug), OCTOBER, "revenue", 2);
    const names = (d: Awaited<ReturnType<typeof dashboard>>) =>
      d.rows.map((r) => [r.rank, r.member.name, Math.round(r.score * 10) / 10, r.rankChange]);

    expect((await save(weightsForm({ revenue: "1" }))).ok).toBe(true);
    const byRevenue = await dashboard();
    // September by revenue: Anna 1000 first, Boris and the director (0) share second place.
    expect(names(byRevenue)).toEqual([
      [1, "Анна Менеджер", 100, 0],
      [2, f.director.user.name, 7.7, 0],
      [3, "Борис Менеджер", 0, -1],
    ]);
    const anna = byRevenue.rows[0]!;
    expect([anna.values.current.revenue, anna.values.previous.revenue, anna.values.yearAgo.revenue]).toEqual([
      1300, 1000, 0,
    ]);
    expect(byRevenue.rows[1]!.values.yearAgo.revenue).toBe(50);
    expect(byRevenue.comparisons).toEqual({
      current: OCTOBER,
      previous: { from: "2026-09-01", to: "2026-09-30" },
      yearAgo: { from: "2025-10-01", to: "2025-10-31" },
    });
    expect(byRevenue.top.map((x) => [x.member.name, x.value])).toEqual([
      ["Анна Менеджер", 1300],
      [f.director.user.name, 100],
    ]);
    expect(byRevenue.settings.shown).toEqual(["revenue", "interactions", "overdueDebt"]);

    // The funnel and the ABC chart read the last classification run's counts.
    const { unsafeDb } = await app();
    const run = {
      trigger: "MANUAL",
      analysisDate: new Date("2026-11-23"),
      parameters: {},
      durationMs: 1,
      changes: 0,
      noSales: false,
    } as const;
    await unsafeDb().classificationRun.create({
      data: {
        ...run,
        tenantId: f.tenantId,
        startedAt: new Date("2026-11-01"),
        counts: { cells: { "A:X": 9 }, stages: { REGULAR: 9 }, revenue: {} },
      },
    });
    await unsafeDb().classificationRun.create({
      data: {
        ...run,
        tenantId: f.tenantId,
        startedAt: new Date("2026-11-22"),
        counts: {
          cells: { "A:X": 2, "A:-": 1, "B:Y": 1, "-:-": 3 },
          stages: { REGULAR: 3, ONE_TIME: 1, POTENTIAL: 3 },
          revenue: { "A:X": "100.50", "A:-": "20", "B:Y": "5" },
        },
      },
    });
    expect((await dashboard()).base).toEqual({
      stages: [
        { stage: "POTENTIAL", customers: 3 },
        { stage: "ONE_TIME", customers: 1 },
        { stage: "REGULAR", customers: 3 },
        { stage: "LOST", customers: 0 },
      ],
      abc: [
        { abcClass: "A", customers: 3, revenue: 120.5 },
        { abcClass: "B", customers: 1, revenue: 5 },
        { abcClass: "C", customers: 0, revenue: 0 },
      ],
    });

    // Interactions instead: Boris (1) overtakes the director (0).
    expect((await save(weightsForm({ interactions: "1" }))).ok).toBe(true);
    expect(names(await dashboard()).map(([rank, name]) => [rank, name])).toEqual([
      [1, "Анна Менеджер"],
      [2, "Борис Менеджер"],
      [3, f.director.user.name],
    ]);
  });

  it("refuses bad weights next to their fields and keeps the saved ones; a manager may not change them", async () => {
    const { kpiFixture, executeTenantAction, saveKpiSettings, saveKpiSettingsInput, unsafeDb } = await app();
    const f = await kpiFixture();
    const def = { name: "saveKpiSettings", permission: "kpi.configure", input: saveKpiSettingsInput } as const;
    expect(
      (
        await executeTenantAction(
          f.director.claims,
          f.director.tenant.slug,
          def,
          weightsForm({ revenue: "2" }),
          saveKpiSettings,
        )
      ).ok,
    ).toBe(true);
    const bad = await executeTenantAction(
      f.director.claims,
      f.director.tenant.slug,
      def,
      { ...weightsForm({ revenue: "11", churn: "-1", interactions: "1,5" }), shown: undefined },
      saveKpiSettings,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.fieldErrors).sort()).toEqual([
        "shown",
        "weight_churn",
        "weight_interactions",
        "weight_revenue",
      ]);
    const manager = await executeTenantAction(
      { userId: f.anna.id, sessionVersion: f.anna.sessionVersion },
      f.director.tenant.slug,
      def,
      weightsForm({ revenue: "5" }),
      saveKpiSettings,
    );
    expect(manager.ok).toBe(false);
    const tenant = await unsafeDb().tenant.findUniqueOrThrow({ where: { id: f.tenantId } });
    expect((tenant.settings as { kpi: unknown }).kpi).toEqual({
      shown: ["revenue", "interactions", "overdueDebt"],
      weights: { revenue: 2 },
    });
  });

  it("e-mails the subscribed director the last complete week once, at the digest hour, and stops when he unsubscribes", async () => {
    const {
      kpiFixture,
      executeTenantAction,
      saveReportSubscription,
      saveReportSubscriptionInput,
      sendDirectorReports,
      unsafeDb,
    } = await app();
    const f = await kpiFixture();
    const subscribe = (frequency: string) =>
      executeTenantAction(
        f.director.claims,
        f.director.tenant.slug,
        { name: "saveReportSubscription", permission: "kpi.configure", input: saveReportSubscriptionInput },
        { frequency },
        saveReportSubscription,
      );
    expect((await subscribe("WEEKLY")).ok).toBe(true);
    // Subscribing counts the week already complete as sent; the first report is the next one.
    await unsafeDb().reportSubscription.update({
      where: { tenantId_userId: { tenantId: f.tenantId, userId: f.director.user.id } },
      data: { sentFor: "2026-W47" },
    });
    const mine = () => smtp.received.filter((m) => JSON.stringify(m.to).includes(f.director.user.email));

    expect(await sendDirectorReports(new Date("2026-11-30T05:00:00+03:00"))).toBe(0); // Monday, before 9:00 in Moscow
    expect(await sendDirectorReports(new Date("2026-11-30T09:05:00+03:00"))).toBe(1);
    expect(await sendDirectorReports(new Date("2026-11-30T09:06:00+03:00"))).toBe(0);
    expect(mine()).toHaveLength(1);
    const mail = mine()[0]!;
    expect(mail.subject).toBe("Рапорт руководителю за 2026-W48");
    expect(mail.html).toContain("Анна Менеджер");
    expect(mail.html).toContain(`/t/${f.director.tenant.slug}/analytics/rating?from=2026-11-23&amp;to=2026-11-29`);
    expect(mail.text).toContain("2026-11-23 — 2026-11-29");

    expect((await subscribe("")).ok).toBe(true);
    expect(await sendDirectorReports(new Date("2026-12-07T10:00:00+03:00"))).toBe(0);
    expect(mine()).toHaveLength(1);
  });

  it("keeps tenants apart: another tenant's settings and figures never enter the dashboard", async () => {
    const { kpiFixture, resolveTenantContext, ratingDashboard, unsafeDb } = await app();
    const [a, b] = [await kpiFixture(), await kpiFixture()];
    await unsafeDb().tenant.update({
      where: { id: b.tenantId },
      data: { settings: { kpi: { shown: ["churn"], weights: { churn: 5 } } } },
    });
    const d = await ratingDashboard(await resolveTenantContext(a.director.claims, a.director.tenant.slug), OCTOBER);
    expect(d.rows.map((r) => r.member.userId).sort()).toEqual([a.anna.id, a.boris.id, a.director.user.id].sort());
    expect(d.settings.shown).not.toEqual(["churn"]);
    expect(d.totals.current.revenue).toBe(1400);
  });
});
