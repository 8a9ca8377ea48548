import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import pg from "pg";
import { recreateDatabase } from "../../scripts/lib/recreate-database";

// A fresh database per test file, copied from the migrated template: files run in parallel without sharing rows.
const templateUrl = new URL(inject("templateDatabaseUrl"));
const templateName = templateUrl.pathname.slice(1);
const url = new URL(templateUrl);
url.pathname = `/crm_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
await recreateDatabase(url.toString(), templateName);
process.env.DATABASE_URL = url.toString();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
// Mail stays in the outbox unless a test starts its own SMTP server.
delete process.env.SMTP_URL;
// Tests run their mail servers on this machine; public-mail-host.test.ts checks the refusal with this off.
process.env.TENANT_SMTP_ALLOW_INTERNAL = "1";

afterAll(async () => {
  const { unsafeDb } = await import("@/server/db");
  await unsafeDb().$disconnect();
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(url.pathname.slice(1))} WITH (FORCE)`);
  await client.end();
});
