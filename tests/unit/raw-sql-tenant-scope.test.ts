import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The template literal that starts at `start` (a backtick), nested `${…}` and templates inside them included. */
function templateAt(text: string, start: number): string {
  let i = start + 1;
  while (i < text.length && text[i] !== "`") {
    if (text[i] === "\\") i += 2;
    else if (text[i] === "$" && text[i + 1] === "{") {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text[i] === "`") i += templateAt(text, i).length;
        else {
          if (text[i] === "{") depth++;
          else if (text[i] === "}") depth--;
          i++;
        }
      }
    } else i++;
  }
  return text.slice(start, i + 1);
}

/** Every raw statement of the app: the expression it is called on and its SQL (or its argument, when not a template). */
function rawStatements() {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(/([\w.()]+)\.\$(queryRaw|executeRaw)(Unsafe)?(<[^`(]*?>)?\s*([`(])/g)].map((m) => {
      const at = m.index + m[0].length - 1;
      return {
        where: `${relative(SRC, file)}:${text.slice(0, m.index).split("\n").length}`,
        client: m[1]!,
        unsafe: !!m[3],
        sql: m[5] === "`" ? templateAt(text, at) : text.slice(at, text.indexOf(")", at) + 1),
      };
    });
  });
}

/** A statement names the tenant column, or takes the tenant's id (or a fragment built from it) as a parameter. */
const TENANT_SCOPED = /"tenantId"|\$\{[^}]*\b(tenantId|tenant\.id)\b/;
/** Files whose unscoped statements read no tenant's rows, and why. */
const READS_NO_TENANT_ROWS = new Set([
  "server/db/client.ts", // SET LOCAL of the transaction's planner settings
  "server/db/bulk-insert.ts", // inserts the caller's rows, each with its tenantId (composite keys check them)
  "server/classification/run-classification.ts", // ANALYZE of the run's own temporary table
  "server/analytics/client-base-dynamics.ts", // runs the statement clientBaseSql(tenantId, …) built above it
  "server/counterparties/search-counterparties.ts", // runs the count built with the list's tenant filter
]);
const file = (s: { where: string }) => s.where.slice(0, s.where.lastIndexOf(":"));

describe("raw SQL under the tenant rule (the Prisma guard sees ORM calls only)", () => {
  const statements = rawStatements();

  it("finds the app's raw statements", () => {
    expect(statements.length).toBeGreaterThan(40);
  });

  it("builds no SQL from strings: tagged templates or Prisma.sql values only", () => {
    expect(statements.filter((s) => s.unsafe).map((s) => s.where)).toEqual([]);
  });

  it("filters by tenant in every statement on the guarded client; cross-tenant ones go through unsafeDb()", () => {
    const unscoped = statements.filter(
      (s) => !s.client.startsWith("unsafeDb()") && !TENANT_SCOPED.test(s.sql) && !READS_NO_TENANT_ROWS.has(file(s)),
    );
    expect(unscoped.map((s) => s.where)).toEqual([]);
  });
});
