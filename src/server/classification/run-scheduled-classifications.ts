import "server-only";
import { readClassificationParameters } from "@/domain/classification/parameters";
import { db, unsafeDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { logError } from "@/server/log";
import { runClassification } from "./run-classification";

/**
 * SPEC §6.3: the nightly run at each tenant's hour (its zone), and a run soon after a large import. A tenant's
 * night is claimed with a conditional update, so it runs once however many workers tick; a run refused because
 * another is in progress is simply skipped. Returns how many runs it made.
 */
export async function runScheduledClassifications(now = new Date()): Promise<number> {
  const due = await unsafeDb().$queryRaw<
    { id: string; settings: unknown; today: string; hour: number; requested: boolean; ranToday: boolean }[]
  >`
    SELECT "id", "settings",
           to_char(${now}::timestamptz AT TIME ZONE "timeZone", 'YYYY-MM-DD') AS today,
           extract(hour FROM ${now}::timestamptz AT TIME ZONE "timeZone")::int AS hour,
           "classificationRequestedAt" IS NOT NULL AS requested,
           coalesce("classifiedOn" >= (${now}::timestamptz AT TIME ZONE "timeZone")::date, false) AS "ranToday"
    FROM "Tenant"
    WHERE "classificationRequestedAt" IS NOT NULL OR "classifiedOn" IS NULL OR "classifiedOn" < (${now}::timestamptz AT TIME ZONE "timeZone")::date`;
  let runs = 0;
  for (const tenant of due) {
    const nightly =
      !tenant.ranToday &&
      tenant.hour >=
        readClassificationParameters((tenant.settings as { classification?: unknown } | null)?.classification).runHour;
    if (!nightly && !tenant.requested) continue;
    const claimed = nightly
      ? await db()
          .$executeRaw`UPDATE "Tenant" SET "classifiedOn" = ${tenant.today}::date WHERE "id" = ${tenant.id} AND ("classifiedOn" IS NULL OR "classifiedOn" < ${tenant.today}::date)`
      : await db()
          .$executeRaw`UPDATE "Tenant" SET "classificationRequestedAt" = NULL WHERE "id" = ${tenant.id} AND "classificationRequestedAt" IS NOT NULL`;
    if (claimed === 0) continue;
    try {
      await runClassification(tenant.id, { trigger: nightly ? "SCHEDULED" : "IMPORT", userId: null, now });
      runs++;
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") continue;
      logError(error, { operation: "scheduledClassification", tenant: tenant.id });
    }
  }
  return runs;
}
