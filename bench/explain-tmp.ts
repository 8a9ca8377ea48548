import pg from "pg";
import { benchDatabase } from "/work/main/bench/lib/bench-database";
const database = await benchDatabase("/work/main");
const c = new pg.Client({ connectionString: database.url });
await c.connect();
const t = (await c.query(`SELECT id FROM "Tenant" WHERE slug='bench'`)).rows[0].id;
const big = (await c.query(`SELECT "counterpartyId" AS id, COUNT(*)::int n FROM "Order" WHERE "tenantId"=$1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`, [t])).rows[0];
console.log("largest", big);
const q = async (label: string, sql: string, params: unknown[]) => {
  const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const lines = r.rows.map((x: any) => x["QUERY PLAN"]);
  console.log(`== ${label}: ${lines.at(-1)}`);
  if (process.env.FULL) console.log(lines.join("\n"));
};
await q("timeline", `SELECT * FROM (
      SELECT 'event' AS kind, a."id", a."createdAt" AS at FROM "AuditEvent" a WHERE a."tenantId" = $1 AND a."entity" = 'Counterparty' AND a."entityId" = $2
      UNION ALL SELECT 'order', o."id", o."date"::timestamp FROM "Order" o JOIN "User" u ON u."id" = o."managerUserId" WHERE o."tenantId" = $1 AND o."counterpartyId" = $2
      UNION ALL SELECT 'shipment', s."id", s."date"::timestamp FROM "Shipment" s JOIN "User" u ON u."id" = s."shipperUserId" WHERE s."tenantId" = $1 AND s."counterpartyId" = $2
      UNION ALL SELECT 'payment', p."id", p."date"::timestamp FROM "Payment" p LEFT JOIN "User" u ON u."id" = p."createdByUserId" WHERE p."tenantId" = $1 AND p."counterpartyId" = $2
    ) timeline ORDER BY at DESC, "id" DESC LIMIT 20`, [t, big.id]);
await q("balance", `SELECT COALESCE(SUM("shippedAmount" - "paidAmount"), 0) FROM "Order" WHERE "tenantId" = $1 AND "counterpartyId" = $2 AND status IN ('CONFIRMED','COMPLETED')`, [t, big.id]);
await q("counts", `SELECT (SELECT COUNT(*) FROM "Order" WHERE "tenantId" = $1 AND "counterpartyId" = $2) + (SELECT COUNT(*) FROM "Shipment" WHERE "tenantId" = $1 AND "counterpartyId" = $2) + (SELECT COUNT(*) FROM "Payment" WHERE "tenantId" = $1 AND "counterpartyId" = $2)`, [t, big.id]);
await q("open orders", `SELECT id FROM "Order" WHERE "tenantId"=$1 AND "counterpartyId"=$2 AND status IN ('DRAFT','CONFIRMED') ORDER BY date DESC, number DESC LIMIT 10`, [t, big.id]);
await c.end();
