import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register } from "@/instrumentation";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Stands for a request's render state, which React's request store reaches. */
class RequestState {
  readonly payload = new Array(1_000).fill("rendered");
}

const storage = new AsyncLocalStorage<RequestState>();
const abortedControllers: AbortController[] = [];
const states: WeakRef<RequestState>[] = [];

function track(state: RequestState) {
  states.push(new WeakRef(state));
  return state;
}

/** As React does at the end of a render: an abort with an Error, from inside a setImmediate callback. */
function finishRender(): Promise<void> {
  return new Promise((resolve) =>
    storage.run(track(new RequestState()), () =>
      setImmediate(() => {
        const controller = new AbortController();
        controller.abort(new Error("This render completed successfully."));
        abortedControllers.push(controller);
        resolve();
      }),
    ),
  );
}

describe("the server's instrumentation hook", () => {
  const runtime = process.env.NEXT_RUNTIME;
  beforeAll(async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    await register();
  });
  afterAll(() => {
    process.env.NEXT_RUNTIME = runtime;
  });

  it("lets a finished request's state go although its abort reason is kept (ADR 0019)", async () => {
    for (let i = 0; i < 50; i++) await finishRender();
    collectGarbage();
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    // Without the hook every one of the 50 stays reachable: reason → stack frames → Immediate → its store.
    expect(states.filter((ref) => ref.deref() !== undefined).length).toBeLessThanOrEqual(1);
    expect(abortedControllers.every((c) => c.signal.aborted && c.signal.reason instanceof Error)).toBe(true);
  });

  it("keeps abort() behaving as before: the reason, the abort event, and a default reason", () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    controller.signal.addEventListener("abort", () => seen.push(controller.signal.reason));
    const reason = new Error("stop");
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(seen).toEqual([reason]);
    const plain = new AbortController();
    plain.abort();
    expect((plain.signal.reason as DOMException).name).toBe("AbortError");
  });
});
