import { beforeAll, describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { clientBaseDynamics, type ClientBaseRow } from "@/server/analytics/client-base-dynamics";
import { listReportManagers } from "@/server/analytics/list-report-managers";
import { exportClientBase } from "@/server/analytics/export-client-base";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { readClientBaseQuery } from "@/domain/analytics/client-base-query";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { z } from "zod";
import { clientBase } from "./client-base-fixture";

type Expected = Partial<Omit<ClientBaseRow, "stages">> & { stages?: Partial<ClientBaseRow["stages"]> };

function row(from: string, to: string, e: Expected = {}): ClientBaseRow {
  return {
    from,
    to,
    newCustomers: 0,
    returningCustomers: 0,
    lostCustomers: 0,
    revenueNew: "0.00",
    revenueRegular: "0.00",
    profitNew: "0.00",
    profitRegular: "0.00",
    ...e,
    stages: { POTENTIAL: 0, ONE_TIME: 0, REGULAR: 0, LOST: 0, ...e.stages },
  };
}

const QUARTER = { from: "2026-01-01", to: "2026-03-31" };

describe("client-base dynamics (SPEC §7.3)", () => {
  let a: Awaited<ReturnType<typeof clientBase>>;
  let b: Awaited<ReturnType<typeof clientBase>>;
  beforeAll(async () => {
    a = await clientBase("Asia/Vladivostok");
    // The same client base in a second tenant, in Moscow: none of it may reach the first tenant's report.
    b = await clientBase("Europe/Moscow");
  });

  it("counts per month: new and lost customers, revenue from new and regular ones, stages at each month's end", async () => {
    expect(await clientBaseDynamics(a.ctx, { ...QUARTER, granularity: "month" })).toEqual([
      row("2026-01-01", "2026-01-31", {
        newCustomers: 1,
        returningCustomers: 1,
        revenueNew: "1500.00",
        profitNew: "900.00",
        revenueRegular: "200.00",
        profitRegular: "120.00",
        stages: { POTENTIAL: 1, ONE_TIME: 6 },
      }),
      row("2026-02-01", "2026-02-28", {
        newCustomers: 1,
        returningCustomers: 1,
        lostCustomers: 1,
        revenueNew: "750.00",
        profitNew: "450.00",
        revenueRegular: "300.00",
        profitRegular: "180.00",
        stages: { POTENTIAL: 1, ONE_TIME: 4, REGULAR: 1, LOST: 1 },
      }),
      row("2026-03-01", "2026-03-31", {
        newCustomers: 1,
        returningCustomers: 1,
        lostCustomers: 1,
        revenueNew: "60.00",
        profitNew: "36.00",
        revenueRegular: "400.00",
        profitRegular: "240.00",
        stages: { POTENTIAL: 2, ONE_TIME: 2, REGULAR: 2, LOST: 2 },
      }),
    ]);
  });

  it("counts per ISO week, the first and last weeks cut to the period, the tenant's midnight deciding the day", async () => {
    expect(await clientBaseDynamics(a.ctx, { from: "2026-01-20", to: "2026-02-12", granularity: "week" })).toEqual([
      // C2 first bought on 5 January, before the period: regular.
      row("2026-01-20", "2026-01-25", {
        returningCustomers: 1,
        revenueRegular: "500.00",
        profitRegular: "300.00",
        stages: { POTENTIAL: 1, ONE_TIME: 6 },
      }),
      row("2026-01-26", "2026-02-01", { lostCustomers: 1, stages: { POTENTIAL: 1, ONE_TIME: 5, LOST: 1 } }),
      // C3 became ONE_TIME at 00:30 on Monday 9 February in Vladivostok, which is still Sunday in UTC.
      row("2026-02-02", "2026-02-08", {
        newCustomers: 1,
        revenueNew: "700.00",
        profitNew: "420.00",
        stages: { POTENTIAL: 1, ONE_TIME: 5, LOST: 1 },
      }),
      // C3's second purchase comes a bucket after his first: regular.
      row("2026-02-09", "2026-02-12", {
        returningCustomers: 1,
        revenueRegular: "50.00",
        profitRegular: "30.00",
        stages: { ONE_TIME: 6, LOST: 1 },
      }),
    ]);
  });

  it("narrows everything to the counterparties of one responsible manager", async () => {
    expect(await clientBaseDynamics(a.ctx, { ...QUARTER, granularity: "month", managerUserId: a.m1 })).toEqual([
      row("2026-01-01", "2026-01-31", {
        newCustomers: 1,
        returningCustomers: 1,
        revenueNew: "1500.00",
        profitNew: "900.00",
        revenueRegular: "200.00",
        profitRegular: "120.00",
        stages: { ONE_TIME: 3 },
      }),
      row("2026-02-01", "2026-02-28", {
        returningCustomers: 1,
        revenueRegular: "300.00",
        profitRegular: "180.00",
        stages: { ONE_TIME: 2, REGULAR: 1 },
      }),
      row("2026-03-01", "2026-03-31", {
        newCustomers: 1,
        returningCustomers: 1,
        revenueNew: "60.00",
        profitNew: "36.00",
        revenueRegular: "400.00",
        profitRegular: "240.00",
        stages: { ONE_TIME: 1, REGULAR: 2 },
      }),
    ]);
    expect(await clientBaseDynamics(a.ctx, { ...QUARTER, granularity: "month", managerUserId: a.m2 })).toEqual([
      row("2026-01-01", "2026-01-31", { stages: { POTENTIAL: 1, ONE_TIME: 1 } }),
      row("2026-02-01", "2026-02-28", {
        newCustomers: 1,
        lostCustomers: 1,
        revenueNew: "750.00",
        profitNew: "450.00",
        stages: { ONE_TIME: 1, LOST: 1 },
      }),
      row("2026-03-01", "2026-03-31", { lostCustomers: 1, stages: { LOST: 2 } }),
    ]);
  });

  it("reads the calendar days of stage changes in the tenant's zone", async () => {
    // Tenant B holds the same rows in Moscow (UTC+3): C4's loss at 15:30 UTC on 31 January is still January there,
    // and C1's REGULAR at 13:59:59 UTC on 28 February is still February.
    const rows = await clientBaseDynamics(b.ctx, { ...QUARTER, granularity: "month" });
    expect(rows.map((r) => [r.lostCustomers, r.stages])).toEqual([
      [1, { POTENTIAL: 1, ONE_TIME: 5, REGULAR: 0, LOST: 1 }],
      [0, { POTENTIAL: 1, ONE_TIME: 4, REGULAR: 1, LOST: 1 }],
      // C8, created at 14:30 UTC on 31 March, is there at the end of March in Moscow (17:30); in Vladivostok from April.
      [1, { POTENTIAL: 3, ONE_TIME: 2, REGULAR: 2, LOST: 2 }],
    ]);
    const lastA = (await clientBaseDynamics(a.ctx, { from: "2026-03-01", to: "2026-04-01", granularity: "month" })).map(
      (r) => r.stages.POTENTIAL,
    );
    expect(lastA).toEqual([2, 3]);
  });

  it("never shows another tenant's rows, managers or counterparties", async () => {
    // Tenant A's report with B's manager: B's counterparties are not A's, so nothing at all.
    expect(await clientBaseDynamics(a.ctx, { ...QUARTER, granularity: "month", managerUserId: b.m1 })).toEqual([
      row("2026-01-01", "2026-01-31"),
      row("2026-02-01", "2026-02-28"),
      row("2026-03-01", "2026-03-31"),
    ]);
    expect(await listReportManagers(a.ctx)).toEqual([
      { id: a.m1, name: `Manager One ${a.tenant.id.slice(-4)}` },
      { id: a.m2, name: `Manager Two ${a.tenant.id.slice(-4)}` },
    ]);
    // B's own figures are B's alone (the same sales as A's, not twice them).
    const revenue = (rows: ClientBaseRow[]) => rows.map((r) => [r.revenueNew, r.revenueRegular]);
    expect(revenue(await clientBaseDynamics(b.ctx, { ...QUARTER, granularity: "month" }))).toEqual([
      ["1500.00", "200.00"],
      ["750.00", "300.00"],
      ["60.00", "400.00"],
    ]);
  });

  it("refuses a period of more buckets than it will compute", async () => {
    await expect(
      clientBaseDynamics(a.ctx, { from: "2020-01-01", to: "2026-01-01", granularity: "week" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("exports the table as CSV for the same period, step and manager, ignoring an unknown manager", async () => {
    const read = async (stream: ReadableStream<Uint8Array>) =>
      new TextDecoder().decode(new Uint8Array(await new Response(stream).arrayBuffer()).slice(3));
    const headers = [
      "from",
      "to",
      "new",
      "lost",
      "returning",
      "revenueNew",
      "profitNew",
      "revenueRegular",
      "profitRegular",
      "P",
      "O",
      "R",
      "L",
    ];
    const query = readClientBaseQuery({ from: "2026-01-01", to: "2026-03-31", manager: a.m1 }, "2026-11-23");
    expect((await read(await exportClientBase(a.ctx, csvDialect("ru"), query, headers))).trim().split(/\r?\n/)).toEqual(
      [
        headers.join(";"),
        "2026-01-01;2026-01-31;1;0;1;1500;900;200;120;0;3;0;0",
        "2026-02-01;2026-02-28;0;0;1;0;0;300;180;0;2;1;0",
        "2026-03-01;2026-03-31;1;0;1;60;36;400;240;0;1;2;0",
      ],
    );
    // B's manager is no manager of A: the whole of A is exported.
    const foreign = readClientBaseQuery({ from: "2026-01-01", to: "2026-01-31", manager: b.m1 }, "2026-11-23");
    expect(
      (await read(await exportClientBase(a.ctx, csvDialect("en"), foreign, headers))).trim().split(/\r?\n/)[1],
    ).toBe("2026-01-01,2026-01-31,1,0,1,1500,900,200,120,1,6,0,0");
  });

  it("is for directors and admins: a manager is refused, another tenant's director does not find the tenant", async () => {
    const def = { name: "clientBase", permission: "reports.read" as const, input: z.object({}) };
    const run = (ctx: Parameters<typeof clientBaseDynamics>[0]) =>
      clientBaseDynamics(ctx, { ...QUARTER, granularity: "month" });
    const manager = await unsafeDb().user.findUniqueOrThrow({ where: { id: a.m1 } });
    expect(
      await executeTenantAction(
        { userId: manager.id, sessionVersion: manager.sessionVersion },
        a.tenant.slug,
        def,
        {},
        run,
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await executeTenantAction(b.claims, a.tenant.slug, def, {}, run)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await executeTenantAction(a.claims, a.tenant.slug, def, {}, run)).toMatchObject({ ok: true });
  });
});
