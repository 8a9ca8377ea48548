import { describe, expect, it } from "vitest";
import { appSecretProblem } from "./app-secret";

describe("the app's secret", () => {
  it("must be set and at least 32 bytes long", () => {
    expect(appSecretProblem(undefined, false)).toMatch(/^NEXTAUTH_SECRET is not set/);
    expect(appSecretProblem("", true)).toMatch(/^NEXTAUTH_SECRET is not set/);
    expect(appSecretProblem("short-secret-0123456789", false)).toMatch(/shorter than 32 bytes/);
    // Counted in bytes: 16 Cyrillic letters are 32 bytes of UTF-8.
    expect(appSecretProblem("ж".repeat(16), false)).toBeNull();
  });

  it("may not be a value published in the project's examples in production", () => {
    const published = "dev-only-secret-change-me-in-production-0123456789";
    expect(appSecretProblem(published, true)).toMatch(/example value/);
    expect(appSecretProblem(published, false)).toBeNull();
    expect(appSecretProblem("Vq3l4m0s8JYl0a5y2mHq1n9wK0pXo7cR1sTt6uVw2xE", true)).toBeNull();
  });
});
