import autocannon from "autocannon";

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Requests one URL for `seconds` at a concurrency, as a signed-in user. Every response time is kept, so p95 is
 * exact (autocannon's own summary has p90 and p97.5). Latencies in milliseconds.
 */
export async function load(url: string, cookie: string, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: { cookie } }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) errors++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: times.length / seconds,
    requests: times.length,
    errors: errors + result.errors,
  };
}
