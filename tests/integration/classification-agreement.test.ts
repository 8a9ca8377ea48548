import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { classify } from "@/domain/classification/classify";
import { classificationParametersSchema, type ClassificationParameters } from "@/domain/classification/parameters";
import { classificationQuery } from "@/server/classification/classification-sql";
import { classificationFixture } from "./classification-fixture";

const ANALYSIS_DATE = "2026-11-23";

async function sqlClasses(tenantId: string, p: ClassificationParameters) {
  const rows = await unsafeDb().$queryRaw<
    { id: string; abc: string | null; stage: string; xyz: string | null; abc_revenue: string }[]
  >`
    SELECT id, abc, stage, xyz, abc_revenue::text FROM (${classificationQuery(tenantId, p, ANALYSIS_DATE)}) q`;
  return new Map(rows.map((r) => [r.id, { abc: r.abc, stage: r.stage, xyz: r.xyz, abcRevenue: r.abc_revenue }]));
}

describe("the classification SQL agrees with the rules (SPEC §6), customer by customer", () => {
  const cases: [string, Partial<ClassificationParameters>][] = [
    ["defaults: revenue, months", {}],
    [
      "gross profit, weeks, L = N",
      { measure: "GROSS_PROFIT", periodicity: "WEEK", windowPeriods: 8, lossPeriods: 8, regularPeriods: 2 },
    ],
    [
      "shipment count, quarters, R = 1, narrow CV",
      {
        measure: "SALES_COUNT",
        periodicity: "QUARTER",
        windowPeriods: 4,
        lossPeriods: 2,
        regularPeriods: 1,
        cvX: 0.2,
        cvY: 0.4,
        abcMonths: 24,
        thresholdA: 70,
        thresholdB: 20,
        thresholdC: 10,
      },
    ],
  ];
  for (const [name, overrides] of cases) {
    it(name, async () => {
      const f = await classificationFixture(300, name.length, ANALYSIS_DATE);
      const p = classificationParametersSchema.parse(overrides);
      const expected = classify(f.customers, f.sales, p, ANALYSIS_DATE);
      const actual = await sqlClasses(f.tenant.id, p);
      expect(actual.size).toBe(f.customers.length);
      for (const c of f.customers)
        expect({ id: c.id, ...actual.get(c.id) }).toEqual({ id: c.id, ...expected.get(c.id) });
      // The fixture reaches every class.
      const seen = new Set([...expected.values()].flatMap((c) => [c.abc, c.stage, c.xyz]));
      for (const v of ["A", "B", "C", "POTENTIAL", "ONE_TIME", "REGULAR", "LOST"]) expect(seen).toContain(v);
      if (p.periodicity === "MONTH") for (const v of ["X", "Y", "Z"]) expect(seen).toContain(v);
    });
  }
});
