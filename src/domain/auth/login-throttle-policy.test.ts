import { describe, expect, it } from "vitest";
import { accountSlowdownMs, pairWaitMs } from "./login-throttle-policy";

describe("the sign-in slow-down", () => {
  it("lets one account and address try four times freely, then waits 30 s doubling up to 15 minutes", () => {
    expect([1, 4, 5, 6, 7, 10, 20].map(pairWaitMs)).toEqual([0, 0, 30_000, 60_000, 120_000, 900_000, 900_000]);
  });

  it("answers an account's tries more slowly after ten failures from anywhere, by at most 3 s", () => {
    expect([10, 11, 14, 30, 1000].map(accountSlowdownMs)).toEqual([0, 250, 1000, 3000, 3000]);
  });
});
