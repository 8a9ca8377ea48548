import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { runClassification } from "@/server/classification/run-classification";
import {
  setClassificationOverride,
  setClassificationOverrideInput,
} from "@/server/classification/set-classification-override";
import { deleteCounterparty, deleteCounterpartyInput } from "@/server/counterparties/delete-counterparty";
import { mergeCounterparties, mergeCounterpartiesInput } from "@/server/counterparties/merge-counterparties";
import { createCounterparty } from "@tests/factories";
import { classificationFixture } from "./classification-fixture";
import { resolveTenantContext } from "@/server/tenant-context";
import { ok } from "./order-fixture";

const NOW = new Date("2026-11-23T09:00:00Z");

describe("classification runs (SPEC §6.3–6.5)", () => {
  it("writes the automatic values, a history row per change and the run record; a second run changes nothing", async () => {
    const f = await classificationFixture(80, 7, "2026-11-23");
    const first = await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id, now: NOW });
    // A customer without a sale keeps having no row: that reads as POTENTIAL without classes.
    const withSales = new Set(f.sales.filter((s) => s.date <= "2026-11-23").map((s) => s.counterpartyId));
    const counterparties = await unsafeDb().counterpartyClass.findMany({ where: { tenantId: f.tenant.id } });
    expect(counterparties.map((c) => c.counterpartyId).sort()).toEqual([...withSales].sort());
    const history = await unsafeDb().classificationChange.findMany({
      where: { tenantId: f.tenant.id, runId: first.runId },
    });
    const changedFromDefaults = counterparties.reduce(
      (n, c) => n + (c.abcAuto ? 1 : 0) + (c.stageAuto !== "POTENTIAL" ? 1 : 0) + (c.xyzAuto ? 1 : 0),
      0,
    );
    expect(history).toHaveLength(changedFromDefaults);
    expect(first.changes).toBe(changedFromDefaults);
    // The run's rows, by id, come in the order the report lists them: by dimension, then by counterparty.
    const listed = [...history].sort((a, b) => (a.id < b.id ? -1 : 1)).map((h) => `${h.dimension}|${h.counterpartyId}`);
    expect(listed).toEqual([...listed].sort());
    for (const c of counterparties)
      expect([c.abcClass, c.stage, c.xyzClass]).toEqual([c.abcAuto, c.stageAuto, c.xyzAuto]);
    const run = await unsafeDb().classificationRun.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: f.tenant.id, id: first.runId } },
    });
    expect(run).toMatchObject({
      trigger: "MANUAL",
      startedByUserId: f.user.id,
      noSales: false,
      changes: first.changes,
    });
    expect(Object.values((run.counts as { stages: Record<string, number> }).stages).reduce((a, b) => a + b, 0)).toBe(
      80,
    );

    const second = await runClassification(f.tenant.id, { trigger: "SCHEDULED", userId: null, now: NOW });
    expect(second.changes).toBe(0);
  });

  it("never overwrites a director's value: the automatic one is kept beside it until the override is cleared", async () => {
    const f = await classificationFixture(30, 3, "2026-11-23");
    const fresh = await createCounterparty(unsafeDb(), f.tenant.id, {
      name: "Новый крупный клиент",
      responsibleUserId: f.user.id,
    });
    const override = (input: Record<string, unknown>) =>
      executeTenantAction(
        f.claims,
        f.tenant.slug,
        {
          name: "setClassificationOverride",
          permission: "classification.override",
          input: setClassificationOverrideInput,
        },
        input,
        setClassificationOverride,
      );
    expect(await override({ counterpartyId: fresh.id, abcManual: "A" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(String) },
    });
    expect(
      await override({ counterpartyId: fresh.id, stageManual: "ONE_TIME", xyzManual: "X", reason: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { xyzManual: expect.any(String) } });
    await ok(override({ counterpartyId: fresh.id, abcManual: "A", reason: "Крупный новый клиент" }));
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id, now: NOW });
    const load = () =>
      unsafeDb().counterpartyClass.findUniqueOrThrow({
        where: { tenantId_counterpartyId: { tenantId: f.tenant.id, counterpartyId: fresh.id } },
      });
    expect(await load()).toMatchObject({ abcClass: "A", abcManual: "A", abcAuto: null, stage: "POTENTIAL" });
    const manual = await unsafeDb().classificationChange.findFirstOrThrow({
      where: { tenantId: f.tenant.id, counterpartyId: fresh.id, automatic: false },
    });
    expect(manual).toMatchObject({
      dimension: "ABC",
      fromValue: null,
      toValue: "A",
      userId: f.user.id,
      reason: "Крупный новый клиент",
    });

    await ok(override({ counterpartyId: fresh.id }));
    expect(await load()).toMatchObject({ abcClass: null, abcManual: null });
  });

  it("writes history only for the effective value: a computed value that moves under a director's value gets no row", async () => {
    const f = await classificationFixture(30, 3, "2026-11-23");
    const ctx = await resolveTenantContext(f.claims, f.tenant.slug);
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id, now: NOW });
    const [held, free] = await unsafeDb().counterpartyClass.findMany({
      where: { tenantId: f.tenant.id, abcAuto: { not: null }, stageAuto: { not: "POTENTIAL" } },
      take: 2,
      orderBy: { counterpartyId: "asc" },
    });
    await setClassificationOverride(ctx, {
      counterpartyId: held!.counterpartyId,
      abcManual: held!.abcAuto === "A" ? "B" : "A",
      stageManual: "LOST",
      xyzManual: null,
      reason: "Ушёл к конкуренту",
    });
    // As if the last run had computed other values: the next one moves both counterparties' computed values back.
    const stale = (c: typeof held) => ({ abcAuto: c!.abcAuto === "C" ? "B" : "C", stageAuto: "POTENTIAL" }) as const;
    const where = (c: typeof held) => ({
      tenantId_counterpartyId: { tenantId: f.tenant.id, counterpartyId: c!.counterpartyId },
    });
    await unsafeDb().counterpartyClass.update({ where: where(held), data: stale(held) });
    await unsafeDb().counterpartyClass.update({
      where: where(free),
      data: { ...stale(free), abcClass: stale(free).abcAuto, stage: "POTENTIAL" },
    });

    const next = await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id, now: NOW });
    const rows = await unsafeDb().classificationChange.findMany({
      where: { tenantId: f.tenant.id, runId: next.runId },
    });
    expect(rows.map((r) => [r.counterpartyId, r.dimension]).sort()).toEqual([
      [free!.counterpartyId, "ABC"],
      [free!.counterpartyId, "STAGE"],
    ]);
    expect(next.changes).toBe(2);
    const kept = await unsafeDb().counterpartyClass.findUniqueOrThrow({ where: where(held) });
    expect(kept).toMatchObject({
      abcAuto: held!.abcAuto,
      stageAuto: held!.stageAuto,
      abcClass: held!.abcAuto === "A" ? "B" : "A",
      stage: "LOST",
    });
  });

  it("a deleted counterparty takes its classes and history with it; a merged one's history moves to the one that stays", async () => {
    const f = await classificationFixture(10, 5, "2026-11-23");
    // Merging is an admin's work.
    await unsafeDb().membership.update({
      where: { tenantId_userId: { tenantId: f.tenant.id, userId: f.user.id } },
      data: { role: "ADMIN" },
    });
    await runClassification(f.tenant.id, { trigger: "MANUAL", userId: f.user.id, now: NOW });
    const overridden = async (name: string) => {
      const c = await createCounterparty(unsafeDb(), f.tenant.id, { name, responsibleUserId: f.user.id });
      await ok(
        executeTenantAction(
          f.claims,
          f.tenant.slug,
          { name: "override", permission: "classification.override", input: setClassificationOverrideInput },
          { counterpartyId: c.id, abcManual: "A", reason: "Перспективный" },
          setClassificationOverride,
        ),
      );
      return c;
    };
    const classesOf = (counterpartyId: string) =>
      unsafeDb().counterpartyClass.count({ where: { tenantId: f.tenant.id, counterpartyId } });
    const historyOf = (counterpartyId: string) =>
      unsafeDb().classificationChange.count({ where: { tenantId: f.tenant.id, counterpartyId } });

    const mistake = await overridden("Ошибочная запись");
    expect([await classesOf(mistake.id), await historyOf(mistake.id)]).toEqual([1, 1]);
    await ok(
      executeTenantAction(
        f.claims,
        f.tenant.slug,
        { name: "delete", permission: "counterparty.archive", input: deleteCounterpartyInput },
        { id: mistake.id, version: 1 },
        deleteCounterparty,
      ),
    );
    expect([await classesOf(mistake.id), await historyOf(mistake.id)]).toEqual([0, 0]);

    const duplicate = await overridden("Дубликат");
    const winner = f.customers[0]!.id;
    const winnerHistory = await historyOf(winner);
    await ok(
      executeTenantAction(
        f.claims,
        f.tenant.slug,
        { name: "merge", permission: "counterparty.merge", input: mergeCounterpartiesInput },
        { winnerId: winner, loserId: duplicate.id },
        mergeCounterparties,
      ),
    );
    expect([await classesOf(duplicate.id), await historyOf(duplicate.id)]).toEqual([0, 0]);
    expect(await historyOf(winner)).toBe(winnerHistory + 1);
    expect(await classesOf(winner)).toBe(1);
  });
});
