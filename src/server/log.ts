import "server-only";

/** One structured line per unexpected error, with what the user was doing; never shown to the user. */
export function logError(error: unknown, context: Record<string, unknown>): void {
  const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { error };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), ...context, ...err }));
}
