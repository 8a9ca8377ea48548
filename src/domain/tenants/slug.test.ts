import { describe, expect, it } from "vitest";
import { slugSchema, suggestSlug } from "./slug";

describe("tenant slug", () => {
  it("suggests a URL-safe slug from a Russian company name", () => {
    expect(suggestSlug("ООО «Ромашка и Ко»")).toBe("ooo-romashka-i-ko");
    expect(suggestSlug("  Acme, Inc. ")).toBe("acme-inc");
  });

  it("accepts lower-case letters, digits and inner hyphens only", () => {
    expect(slugSchema.parse(" Acme-2 ")).toBe("acme-2");
    expect(slugSchema.safeParse("ab").success).toBe(false);
    expect(slugSchema.safeParse("-acme").success).toBe(false);
    expect(slugSchema.safeParse("ac me").success).toBe(false);
    expect(slugSchema.safeParse("a".repeat(41)).success).toBe(false);
  });

  it("refuses the app's own paths", () => {
    expect(slugSchema.safeParse("api").error?.issues[0]?.message).toBe("validation.slugReserved");
    expect(slugSchema.safeParse("sign-in").success).toBe(false);
  });
});
