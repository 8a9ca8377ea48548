import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { runClassification } from "@/server/classification/run-classification";
import { classificationReport } from "@/server/classification/classification-report";
import { loyaltyDynamics } from "@/server/classification/loyalty-dynamics";
import { setClassificationOverride } from "@/server/classification/set-classification-override";
import { classificationFixture } from "./classification-fixture";
import { createCounterparty, createTenantWithUser } from "@tests/factories";

describe("the classification report (SPEC §6.6)", () => {
  it("shows the latest run against the previous one, its changes, and twelve months of loyalty dynamics", async () => {
    const f = await classificationFixture(60, 11, "2026-11-23");
    const ctx = await resolveTenantContext(f.claims, f.tenant.slug);
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id });
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id });
    const report = await classificationReport(ctx);
    expect(report.runs).toHaveLength(2);
    expect(report.changeCount).toBe(0);
    expect(Object.values(report.latest!.counts.cells).reduce((a, b) => a + b, 0)).toBe(60);
    expect(report.previousCounts).toEqual(report.latest!.counts);
    expect(report.dynamics).toHaveLength(12);

    const classes = await unsafeDb().counterparty.findMany({ where: { tenantId: f.tenant.id } });
    const first = report.dynamics[0]!.month;
    const newSince = classes.filter((c) => c.firstSaleOn && c.firstSaleOn.toISOString().slice(0, 7) >= first).length;
    expect(report.dynamics.reduce((sum, d) => sum + d.newCustomers, 0)).toBe(newSince);
    // Every stage change happened in this month's runs: the first month's start counts the customers who bought before it.
    const before = classes.filter((c) => c.firstSaleOn && c.firstSaleOn.toISOString().slice(0, 7) < first).length;
    expect(report.dynamics[0]!.atStart).toBe(before);
  });

  it("counts the customers lost at each month's start from a history spread over the year", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
    const monthStart = (back: number) => {
      const now = new Date();
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    };
    const at = (back: number, day: number) => new Date(monthStart(back).getTime() + (day - 1) * 86_400_000 + 3_600_000);
    // Stage histories: [months back, day, from, to]; every counterparty bought before the year shown.
    const histories: [number, number, string | null, string][][] = [
      [
        [14, 5, null, "ONE_TIME"],
        [9, 3, "ONE_TIME", "LOST"],
      ],
      [
        [14, 5, null, "REGULAR"],
        [8, 10, "REGULAR", "LOST"],
        [5, 2, "LOST", "ONE_TIME"],
      ],
      [
        [13, 1, null, "ONE_TIME"],
        [6, 20, "ONE_TIME", "LOST"],
        [6, 25, "LOST", "REGULAR"],
        [2, 1, "REGULAR", "LOST"],
      ],
      [
        [12, 7, null, "LOST"],
        [3, 15, "LOST", "ONE_TIME"],
      ],
      [[11, 1, null, "REGULAR"]],
    ];
    for (const [i, history] of histories.entries()) {
      const c = await createCounterparty(unsafeDb(), t.tenant.id, { name: `Клиент ${i}` });
      await unsafeDb().counterparty.update({
        where: { tenantId_id: { tenantId: t.tenant.id, id: c.id } },
        data: { firstSaleOn: monthStart(20) },
      });
      await unsafeDb().classificationChange.createMany({
        data: history.map(([back, day, fromValue, toValue]) => ({
          tenantId: t.tenant.id,
          counterpartyId: c.id,
          dimension: "STAGE" as const,
          fromValue,
          toValue,
          automatic: true,
          createdAt: at(back, day),
        })),
      });
    }
    const report = await classificationReport(ctx);
    // A customer is lost at a month's start when his last stage change before it made him LOST.
    const expected = report.dynamics.map(({ month }) => {
      const start = new Date(`${month}-01T00:00:00Z`);
      const lost = histories.filter(
        (h) => h.filter(([back, day]) => at(back, day) < start).at(-1)?.[3] === "LOST",
      ).length;
      return histories.length - lost;
    });
    expect(report.dynamics.map((d) => d.atStart)).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(2);
  });

  it("shows the dynamics a run took until the next run, whatever another tenant runs (ADR 0020)", async () => {
    const f = await classificationFixture(60, 11, "2026-11-23");
    const other = await classificationFixture(20, 12, "2026-11-23");
    const ctx = await resolveTenantContext(f.claims, f.tenant.slug);
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id });
    const taken = await classificationReport(ctx);
    expect(taken.dynamicsAsOf).toEqual(taken.latest!.startedAt);
    expect(taken.dynamics).toEqual(
      await loyaltyDynamics(db(), f.tenant.id, f.tenant.timeZone, taken.latest!.startedAt),
    );

    // A director's override writes history now; the report shows it from the next run on, as it does the matrix.
    const regular = await unsafeDb().counterpartyClass.findFirstOrThrow({
      where: { tenantId: f.tenant.id, stage: "REGULAR" },
    });
    await setClassificationOverride(ctx, {
      counterpartyId: regular.counterpartyId,
      abcManual: null,
      stageManual: "LOST",
      xyzManual: null,
      reason: "ушёл к конкуренту",
    });
    await runClassification(other.tenant.id, { trigger: "MANUAL", userId: other.user.id });
    const between = await classificationReport(ctx);
    expect(between.dynamics).toEqual(taken.dynamics);
    expect(between.dynamicsAsOf).toEqual(taken.latest!.startedAt);

    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id });
    const next = await classificationReport(ctx);
    const [before, after] = [taken.dynamics.at(-1)!, next.dynamics.at(-1)!];
    expect(after).toEqual({ ...before, lost: before.lost + 1, downgrades: before.downgrades + 1 });

    // A run from before the dynamics were kept: the report computes them for the view.
    await unsafeDb().classificationRun.update({
      where: { tenantId_id: { tenantId: f.tenant.id, id: next.latest!.id } },
      data: { dynamics: Prisma.DbNull },
    });
    const computed = await classificationReport(ctx);
    expect(computed.dynamicsAsOf).toBeNull();
    expect(computed.dynamics).toEqual(next.dynamics);
  });
});
