/**
 * The web server's environment for its memory.
 * - The V8 heap limit (MB; SERVER_HEAP_MB, default 384). Without one, V8 sizes the old generation from the machine's
 *   memory and lets the heap grow to gigabytes under load before collecting; the benchmark saw 0.8–1 GB resident
 *   for a server whose live data is far smaller (docs/performance.md).
 * - glibc's malloc arenas (MALLOC_ARENA_MAX, default 2). By default glibc gives each thread that allocates (V8's
 *   garbage collector helpers, libuv's pool) arenas of its own, up to 8 per core, and returns little of them to the
 *   system: two arenas took 20–60 MB off the server's peak resident memory under load (docs/performance.md).
 */
export function serverMemoryEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const existing = env.NODE_OPTIONS ?? "";
  const heap = /--max-old-space-size/.test(existing)
    ? existing
    : `${existing} --max-old-space-size=${Number(env.SERVER_HEAP_MB ?? 384)}`.trim();
  return { ...env, NODE_OPTIONS: heap, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}
