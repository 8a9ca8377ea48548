import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client's address for sign-in throttling", () => {
  it("is the address the outermost trusted proxy saw, not what the client put before it", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("falls back to what there is, and never to an unbounded string", () => {
    expect(clientAddress(undefined, 1)).toBe("unknown");
    expect(clientAddress("198.51.100.1", 3)).toBe("198.51.100.1");
    expect(clientAddress(`${"9".repeat(500)}`, 0)).toHaveLength(64);
  });
});
