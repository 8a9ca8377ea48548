/**
 * Runs once when the server starts (Next's instrumentation hook).
 *
 * It works around a memory leak of React's server renderer on Node (react#37288, next.js#97434; ADR 0019). When a
 * render completes, React aborts the request's cache signal with an `Error`. V8 keeps an error's stack as frames until
 * `.stack` is first read, and each frame keeps its receiver: here the `Immediate` the abort ran in. That `Immediate`
 * holds the AsyncLocalStorage store of the request that scheduled it, and, through its queue links, the other
 * `Immediate`s of the same batch and their requests. Each finished request thus keeps earlier ones alive: under 16
 * concurrent users the server's heap grew by about 50–120 KB per request until it ran out of memory. Reading the
 * reason's stack right after the abort turns the frames into a string and lets them go.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./server/start-checks")).refuseToServeWithoutSecret();
  const abort = AbortController.prototype.abort;
  if ((abort as { releasesReasonFrames?: boolean }).releasesReasonFrames) return;
  const abortAndReleaseFrames = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const settled: unknown = this.signal.reason;
    try {
      if (settled instanceof Error) void settled.stack;
    } catch {
      // A reason with a throwing `stack` getter keeps its frames; abort() itself must not throw.
    }
  };
  Object.assign(abortAndReleaseFrames, { releasesReasonFrames: true });
  AbortController.prototype.abort = abortAndReleaseFrames;
}
