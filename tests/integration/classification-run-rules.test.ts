import { describe, expect, it } from "vitest";
import pg from "pg";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { runClassification } from "@/server/classification/run-classification";
import {
  setClassificationOverride,
  setClassificationOverrideInput,
} from "@/server/classification/set-classification-override";
import {
  saveClassificationParameters,
  saveClassificationParametersInput,
} from "@/server/classification/save-classification-parameters";
import { runClassificationNow, runClassificationNowInput } from "@/server/classification/run-classification-now";
import { runScheduledClassifications } from "@/server/classification/run-scheduled-classifications";
import { createCounterparty } from "@tests/factories";
import { classificationFixture } from "./classification-fixture";
import { ok } from "./order-fixture";

const NOW = new Date("2026-11-23T09:00:00Z");

describe("classification runs: one at a time, parameters, tenants and the schedule (SPEC §6.3–6.5)", () => {
  it("refuses a run while another run of the same tenant holds it, and one tenant's run never waits for another's", async () => {
    const a = await classificationFixture(5, 1, "2026-11-23");
    const b = await classificationFixture(5, 2, "2026-11-23");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`classification:${a.tenant.id}`]);
      const refused = await executeTenantAction(
        a.claims,
        a.tenant.slug,
        { name: "runClassificationNow", permission: "classification.run", input: runClassificationNowInput },
        {},
        runClassificationNow,
      );
      expect(refused).toMatchObject({ ok: false, message: "Классификация уже выполняется: дождитесь её окончания." });
      await expect(
        runClassification(b.tenant.id, { trigger: "MANUAL", userId: null, now: NOW }),
      ).resolves.toMatchObject({ noSales: false });
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
    expect(await unsafeDb().classificationRun.count({ where: { tenantId: a.tenant.id } })).toBe(0);
  });

  it("classifies everyone POTENTIAL in a tenant with no sales, and says so", async () => {
    const f = await classificationFixture(0, 1, "2026-11-23");
    await createCounterparty(unsafeDb(), f.tenant.id, { responsibleUserId: f.user.id });
    const summary = await runClassification(f.tenant.id, { trigger: "MANUAL", userId: null, now: NOW });
    expect(summary).toMatchObject({ noSales: true, counts: { stages: { POTENTIAL: 1 } } });
  });

  it("validates the parameters per field and uses the saved ones", async () => {
    const f = await classificationFixture(20, 5, "2026-11-23");
    const save = (input: Record<string, unknown>) =>
      executeTenantAction(
        f.claims,
        f.tenant.slug,
        {
          name: "saveClassificationParameters",
          permission: "classification.run",
          input: saveClassificationParametersInput,
        },
        input,
        saveClassificationParameters,
      );
    expect(
      await save({ thresholdA: "70", thresholdB: "20", thresholdC: "5", windowPeriods: "6", lossPeriods: "8" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { thresholdC: "Пороги A, B и C должны в сумме давать 100", lossPeriods: expect.any(String) },
    });
    await ok(
      save({
        measure: "SALES_COUNT",
        thresholdA: "70",
        thresholdB: "20",
        thresholdC: "10",
        periodicity: "QUARTER",
        windowPeriods: "4",
        lossPeriods: "2",
        regularPeriods: "2",
        cvX: "0,4",
        cvY: "0.9",
      }),
    );
    const { runId } = await runClassification(f.tenant.id, { trigger: "MANUAL", userId: null, now: NOW });
    const run = await unsafeDb().classificationRun.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: f.tenant.id, id: runId } },
    });
    expect(run.parameters).toMatchObject({ measure: "SALES_COUNT", periodicity: "QUARTER", cvX: 0.4 });
  });

  it("two tenants: a director of one cannot override or read another's counterparty, and a run touches only its own", async () => {
    const a = await classificationFixture(5, 1, "2026-11-23");
    const b = await classificationFixture(20, 2, "2026-11-23");
    const before = await unsafeDb().counterpartyClass.findMany({
      where: { tenantId: b.tenant.id },
      orderBy: { counterpartyId: "asc" },
    });
    const result = await executeTenantAction(
      a.claims,
      a.tenant.slug,
      {
        name: "setClassificationOverride",
        permission: "classification.override",
        input: setClassificationOverrideInput,
      },
      { counterpartyId: b.customers[0]!.id, abcManual: "A", reason: "x" },
      setClassificationOverride,
    );
    expect(result).toMatchObject({ ok: false, message: "Не найдено" });
    await runClassification(a.tenant.id, { trigger: "MANUAL", userId: null, now: NOW });
    expect(
      await unsafeDb().counterpartyClass.findMany({
        where: { tenantId: b.tenant.id },
        orderBy: { counterpartyId: "asc" },
      }),
    ).toEqual(before);
    expect(await unsafeDb().classificationChange.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });

  it("runs nightly at the tenant's hour once a day, and once after a large import", async () => {
    const f = await classificationFixture(10, 9, "2026-11-23");
    const runs = () =>
      unsafeDb().classificationRun.findMany({
        where: { tenantId: f.tenant.id },
        orderBy: { startedAt: "asc" },
        select: { trigger: true },
      });
    await runScheduledClassifications(new Date("2026-11-22T22:30:00Z")); // 01:30 in Moscow: before the default 2 o'clock
    expect(await runs()).toEqual([]);
    await runScheduledClassifications(new Date("2026-11-22T23:00:00Z"));
    await runScheduledClassifications(new Date("2026-11-22T23:01:00Z"));
    expect(await runs()).toEqual([{ trigger: "SCHEDULED" }]);
    await unsafeDb().tenant.update({ where: { id: f.tenant.id }, data: { classificationRequestedAt: new Date() } });
    await runScheduledClassifications(new Date("2026-11-22T23:02:00Z"));
    await runScheduledClassifications(new Date("2026-11-22T23:03:00Z"));
    expect(await runs()).toEqual([{ trigger: "SCHEDULED" }, { trigger: "IMPORT" }]);
  });
});
