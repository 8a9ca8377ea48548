import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { completeTaxId } from "@/domain/counterparties/tax-id";
import type { TenantContext } from "@/server/tenant-context";
import { reportPgErrors } from "../../scripts/lib/pg-errors";

/** A CSV as Russian Excel writes it: `;`, a header row, ИНН, phones and e-mails. */
function csvOf(rows: number, runId: string): string {
  const lines = ["Наименование;ИНН;Телефон;E-mail"];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `ООО «Импорт ${runId}-${i}»;${completeTaxId(String(200_000_000 + i))};+7 (9${String(i).padStart(2, "0").slice(-2)}) ${String(1_000_000 + i).slice(-7, -4)}-${String(i).padStart(4, "0").slice(-4, -2)}-${String(i).slice(-2).padStart(2, "0")};import${i}@${runId}.example`,
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * The 100,000-row counterparty import through the app's own use cases (upload, mapping, commit), into a tenant
 * made for the run so the benchmark tenant stays as seeded. Its floor: COPY of the same rows into a plain table.
 */
export async function measureImport(url: string, rows: number) {
  process.env.DATABASE_URL = url;
  const { uploadImport } = await import("@/server/imports/upload-import");
  const { commitImport } = await import("@/server/imports/commit-import");
  const client = reportPgErrors(new pg.Client({ connectionString: url }), "bench import");
  await client.connect();
  try {
    const runId = Date.now().toString(36);
    const admin = (
      await client.query(
        `SELECT id, email, name, locale, active, "sessionVersion" FROM "User" WHERE email = 'admin@bench.test'`,
      )
    ).rows[0];
    const tenant = (
      await client.query(
        `INSERT INTO "Tenant" (id, name, slug, settings, "updatedAt") VALUES (gen_random_uuid(), $1, $2, '{}', now()) RETURNING id, slug, name, locale, "timeZone", currency, settings`,
        [`Импорт ${runId}`, `import-${runId}`],
      )
    ).rows[0];
    await client.query(
      `INSERT INTO "Membership" ("tenantId", id, "userId", role, "updatedAt") VALUES ($1, gen_random_uuid(), $2, 'ADMIN', now())`,
      [tenant.id, admin.id],
    );
    const ctx = { user: admin, tenant, role: "ADMIN" } as TenantContext;
    const csv = csvOf(rows, runId);

    const started = Date.now();
    const { id } = await uploadImport(ctx, "counterparties", {
      name: "bench.csv",
      bytes: new TextEncoder().encode(csv),
    });
    const result = await commitImport(ctx, { id });
    const seconds = (Date.now() - started) / 1000;
    if (result.createdCount !== rows)
      throw new Error(`import created ${result.createdCount} of ${rows} rows (${result.errorRows} rows with errors)`);

    await client.query(`CREATE TEMP TABLE import_floor (name text, tax_id text, phone text, email text)`);
    const floorStarted = Date.now();
    await pipeline(
      Readable.from([csv.split("\n").slice(1).join("\n")]),
      client.query(copyFrom(`COPY import_floor FROM STDIN WITH (FORMAT csv, DELIMITER ';')`)),
    );
    const floorSeconds = (Date.now() - floorStarted) / 1000;
    // What the run imported goes again: left behind, every run would add 100,000 counterparties to the database that
    // the next run's pages are measured on. The tenant and its audit trail stay (the audit trail is append-only).
    for (const table of ["Counterparty", "ContactPerson", "ImportJob"])
      await client.query(`DELETE FROM "${table}" WHERE "tenantId" = $1`, [tenant.id]);
    // Their index entries would stay too, in indexes grown by half, which the next run's pages would read: rebuilt.
    for (const table of ["Counterparty", "ContactInfo", "ContactPerson", "Employment", "CounterpartyContactCounts"])
      await client.query(`REINDEX TABLE "${table}"`);
    await client.query(`VACUUM ANALYZE`);
    return { rows, seconds, floorSeconds, created: result.createdCount };
  } finally {
    await client.end();
  }
}
