import { afterEach, beforeEach } from "vitest";

/**
 * An unexpected console.error fails the test that caused it. A test that expects one says so with
 * `expectConsoleError()`, which also returns what was logged.
 */
let expected = false;
let calls: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  expected = false;
  calls = [];
  console.error = (...args: unknown[]) => {
    calls.push(args);
    if (!expected) original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (!expected && calls.length > 0) {
    throw new Error(`Unexpected console.error: ${calls.map((c) => c.map(String).join(" ")).join("\n")}`);
  }
});

export function expectConsoleError(): { calls: () => unknown[][] } {
  expected = true;
  return { calls: () => calls };
}
