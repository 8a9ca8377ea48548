/**
 * The web server's V8 heap limit (MB; SERVER_HEAP_MB, default 384). Without one, V8 sizes the old generation from
 * the machine's memory and lets the heap grow to gigabytes under load before collecting; the benchmark saw 0.8–1 GB
 * resident for a server whose live data is far smaller (docs/performance.md).
 */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  if (/--max-old-space-size/.test(existing)) return existing;
  const mb = Number(process.env.SERVER_HEAP_MB ?? 384);
  return `${existing} --max-old-space-size=${mb}`.trim();
}
