import "server-only";
import PgBoss from "pg-boss";
import { logError } from "@/server/log";
import { runMinuteSweeps } from "./minute-sweeps";

export const MINUTE_SWEEPS_QUEUE = "minute-sweeps";

export interface Worker {
  stop(): Promise<void>;
}

/**
 * The background worker: pg-boss keeps its jobs and its cron schedule in the app's own PostgreSQL (schema
 * `pgboss`), so nothing is lost across restarts and any number of workers can run. Every minute a tick sends what
 * is due; one more tick at start-up catches up on what fell due while no worker ran. The work itself is
 * idempotent (see sendDueReminders), so a tick that runs twice sends nothing twice.
 */
export async function startWorker({
  connectionString,
  log = () => {},
}: {
  connectionString: string;
  log?: (line: string) => void;
}): Promise<Worker> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 3, application_name: "crm-worker" });
  boss.on("error", (error) => logError(error, { operation: "pg-boss" }));
  await boss.start();
  // "stately": at most one tick waiting and one running, so a slow tick never lets a backlog of ticks pile up.
  await boss.createQueue(MINUTE_SWEEPS_QUEUE, {
    name: MINUTE_SWEEPS_QUEUE,
    policy: "stately",
    retryLimit: 3,
    retryDelay: 10,
    expireInSeconds: 300,
  });
  await boss.schedule(MINUTE_SWEEPS_QUEUE, "* * * * *", {}, { tz: "UTC" });
  await boss.work(MINUTE_SWEEPS_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    try {
      const done = await runMinuteSweeps();
      if (Object.values(done).some(Boolean))
        log(
          Object.entries(done)
            .map(([k, v]) => `${k} ${v}`)
            .join(", "),
        );
    } catch (error) {
      logError(error, { operation: "runMinuteSweeps" });
      throw error;
    }
  });
  await boss.send(MINUTE_SWEEPS_QUEUE, {});
  log("worker started");
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
