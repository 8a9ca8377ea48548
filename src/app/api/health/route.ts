import { unsafeDb } from "@/server/db";
import { logError } from "@/server/log";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise: for load balancers and the start script. */
export async function GET() {
  try {
    await unsafeDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch (error) {
    logError(error, { route: "health" });
    return Response.json({ status: "error", database: "down" }, { status: 503 });
  }
}
