import { describe, expect, it } from "vitest";
import { canSeeCounterparty, isTimeZone, readFeatureSettings, tenantSettingsSchema } from "./tenant-settings";

describe("tenant settings", () => {
  it("knows IANA zones and refuses others", () => {
    expect(isTimeZone("Europe/Moscow")).toBe(true);
    expect(isTimeZone("Asia/Novosibirsk")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("validates every field with a message key", () => {
    const result = tenantSettingsSchema.safeParse({
      name: "",
      locale: "de",
      timeZone: "Nowhere",
      currency: "XXX",
      managerVisibility: "SOME",
    });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      name: "validation.required",
      locale: "validation.choose",
      timeZone: "validation.timeZone",
      currency: "validation.choose",
      managerVisibility: "validation.choose",
    });
  });

  it("reads missing or broken feature settings as the defaults", () => {
    const defaults = { managerVisibility: "ALL", allowOverpayment: false, birthdayDigestHour: 9 };
    expect(readFeatureSettings({})).toEqual(defaults);
    expect(readFeatureSettings(null)).toEqual(defaults);
    expect(
      readFeatureSettings({ managerVisibility: "nonsense", allowOverpayment: "yes", birthdayDigestHour: 25 }),
    ).toEqual(defaults);
    expect(readFeatureSettings({ managerVisibility: "OWN", allowOverpayment: true, birthdayDigestHour: 7 })).toEqual({
      managerVisibility: "OWN",
      allowOverpayment: true,
      birthdayDigestHour: 7,
    });
  });

  it("lets a restricted manager see only the counterparties he is responsible for", () => {
    const manager = { role: "MANAGER", userId: "u1", settings: { managerVisibility: "OWN" } };
    expect(canSeeCounterparty(manager, "u1")).toBe(true);
    expect(canSeeCounterparty(manager, "u2")).toBe(false);
    expect(canSeeCounterparty({ ...manager, role: "DIRECTOR" }, "u2")).toBe(true);
    expect(canSeeCounterparty({ ...manager, settings: {} }, null)).toBe(true);
  });
});
