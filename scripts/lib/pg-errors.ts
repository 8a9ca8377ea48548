import type pg from "pg";

/**
 * A connection the server drops while it is idle (a shutdown, a restart, a killed backend) emits "error" on its pool
 * or client; with no listener that event ends the process, even after the work was committed.
 */
export function reportPgErrors<T extends pg.Pool | pg.Client>(target: T, name: string): T {
  const report = (error: Error) => console.error(`${name}: PostgreSQL connection lost: ${error.message}`);
  (target as pg.Client).on("error", report);
  return target;
}
