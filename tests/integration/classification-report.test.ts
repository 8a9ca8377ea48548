import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { runClassification } from "@/server/classification/run-classification";
import { classificationReport } from "@/server/classification/classification-report";
import { classificationFixture } from "./classification-fixture";

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
});
