import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./safe-redirect";

const ORIGIN = "https://crm.example.com";

describe("the path to go to after signing in", () => {
  it("keeps the app's own paths with their query and fragment", () => {
    expect(sameOriginPath("/t/demo/counterparties?q=1#top", ORIGIN)).toBe("/t/demo/counterparties?q=1#top");
    expect(sameOriginPath("https://crm.example.com/t/demo", ORIGIN)).toBe("/t/demo");
  });

  it.each([
    ["a backslash read as a slash", "/\\evil.example"],
    ["a tab the browser drops", "/\t/evil.example"],
    ["a newline the browser drops", "/\n/evil.example"],
    ["a protocol-relative URL", "//evil.example/t/demo"],
    ["another origin", "https://evil.example/t/demo"],
    ["the same host on another port", "https://crm.example.com:8443/t/demo"],
    ["plain http", "http://crm.example.com/t/demo"],
    ["a script", "javascript:alert(1)"],
    ["a dot segment that leaves two slashes", "/.//evil.example"],
  ])("refuses %s", (_name, candidate) => {
    expect(sameOriginPath(candidate, ORIGIN)).toBeNull();
  });

  it("refuses nothing at all and oversized values", () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBeNull();
    expect(sameOriginPath("", ORIGIN)).toBeNull();
    expect(sameOriginPath(`/${"a".repeat(3000)}`, ORIGIN)).toBeNull();
  });
});
