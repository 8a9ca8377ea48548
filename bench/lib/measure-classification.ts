import pg from "pg";
import { reportPgErrors } from "../../scripts/lib/pg-errors";

export interface ClassificationMeasurement {
  customers: number;
  shipments: number;
  shipmentLines: number;
  firstRunSeconds: number;
  repeatRunSeconds: number;
  changes: number;
  shipmentAggregateSeconds: number;
  lineAggregateSeconds: number;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await run();
  return [result, Number(process.hrtime.bigint() - started) / 1e9];
}

/**
 * The classification run of the big tenant (SPEC §6.3) through the app's own use case, first from scratch (every
 * value is written) and then again (the steady state of a nightly run), beside the floor any implementation pays:
 * one plain aggregate over the tenant's shipments, and over its shipment lines.
 */
export async function measureClassification(url: string, tenantId: string): Promise<ClassificationMeasurement> {
  process.env.DATABASE_URL = url;
  const { runClassification } = await import("../../src/server/classification/run-classification");
  const { unsafeDb } = await import("../../src/server/db");
  // The app's pool is connected long before a run; the measurement starts with it connected too.
  await unsafeDb().$queryRaw`SELECT 1`;
  const client = reportPgErrors(new pg.Client({ connectionString: url }), "bench classification");
  await client.connect();
  try {
    const count = async (sql: string) => Number((await client.query(sql, [tenantId])).rows[0].n);
    const customers = await count(`SELECT count(*) AS n FROM "Counterparty" WHERE "tenantId" = $1 AND NOT archived`);
    const shipments = await count(`SELECT count(*) AS n FROM "Shipment" WHERE "tenantId" = $1`);
    const shipmentLines = await count(`SELECT count(*) AS n FROM "ShipmentLine" WHERE "tenantId" = $1`);
    // Start from unclassified counterparties, so the first run writes every value as on a tenant's first night.
    await client.query(`DELETE FROM "CounterpartyClass" WHERE "tenantId" = $1`, [tenantId]);
    await client.query(`DELETE FROM "ClassificationChange" WHERE "tenantId" = $1`, [tenantId]);
    await client.query(`DELETE FROM "ClassificationRun" WHERE "tenantId" = $1`, [tenantId]);
    await client.query(`VACUUM ANALYZE "CounterpartyClass"`);
    await client.query(`VACUUM ANALYZE "ClassificationChange"`);
    const aggregate = (sql: string) => timed(() => client.query(sql, [tenantId]));
    await aggregate(`SELECT "counterpartyId", sum("amount") FROM "Shipment" WHERE "tenantId" = $1 GROUP BY 1`); // warm the cache
    const [, shipmentAggregateSeconds] = await aggregate(
      `SELECT "counterpartyId", sum("amount"), count(*) FROM "Shipment" WHERE "tenantId" = $1 GROUP BY 1`,
    );
    const [, lineAggregateSeconds] = await aggregate(
      `SELECT "shipmentId", sum("amount") FROM "ShipmentLine" WHERE "tenantId" = $1 GROUP BY 1`,
    );
    const [first, firstRunSeconds] = await timed(() =>
      runClassification(tenantId, { trigger: "MANUAL", userId: null }),
    );
    const [, repeatRunSeconds] = await timed(() => runClassification(tenantId, { trigger: "MANUAL", userId: null }));
    // Deleting and writing the history again leaves its indexes with dead space a real, append-only history never
    // has; rebuilt, so that the pages measured next (and the next benchmark) read them at their real size.
    for (const table of ["ClassificationChange", "CounterpartyClass"]) await client.query(`REINDEX TABLE "${table}"`);
    await client.query(`VACUUM ANALYZE "ClassificationChange"`);
    await client.query(`VACUUM ANALYZE "CounterpartyClass"`);
    return {
      customers,
      shipments,
      shipmentLines,
      firstRunSeconds,
      repeatRunSeconds,
      changes: first.changes,
      shipmentAggregateSeconds,
      lineAggregateSeconds,
    };
  } finally {
    await client.end();
  }
}
