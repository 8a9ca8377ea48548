import { appSecretProblem } from "@/domain/auth/app-secret";

/**
 * What a production server must have before it serves anyone: a real secret, or it would sign sessions and feed
 * addresses with a key anyone can have. Node only (imported by the instrumentation hook for that runtime), and
 * without "server-only", which that hook cannot import.
 */
export function refuseToServeWithoutSecret(): void {
  if (process.env.NODE_ENV !== "production") return;
  const problem = appSecretProblem(process.env.NEXTAUTH_SECRET, true);
  if (!problem) return;
  console.error(`[crm] refusing to start: ${problem}`);
  process.exit(1);
}
