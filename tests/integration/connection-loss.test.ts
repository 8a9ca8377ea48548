import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { unsafeDb } from "@/server/db";
import { reportPgErrors } from "../../scripts/lib/pg-errors";
import { expectConsoleError } from "../setup/fail-on-console-error";

const terminate = (pid: number) => unsafeDb().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("a database connection dropped while idle", () => {
  it("is logged by the app's client, which goes on with a new connection", async () => {
    const logged = expectConsoleError();
    const client = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const [row] = await client.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await terminate(row!.pid);
      await settle();
      expect(logged.calls().map((c) => JSON.parse(String(c[0])).operation)).toContain("database pool");
      const [again] = await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
      expect(again?.one).toBe(1);
    } finally {
      await client.$disconnect();
    }
  });

  it("is reported by the scripts' pools instead of ending the process", async () => {
    const logged = expectConsoleError();
    const pool = reportPgErrors(new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 }), "test");
    try {
      const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await terminate(rows[0]!.pid);
      await settle();
      expect(logged.calls().map((c) => String(c[0]))).toEqual([
        expect.stringMatching(/^test: PostgreSQL connection lost: /),
      ]);
      expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
