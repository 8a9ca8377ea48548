import { describe, expect, it } from "vitest";
import { DEFAULT_SHOWN, DEFAULT_WEIGHTS } from "./indicators";
import { kpiSettingsSchema, readKpiSettings, readShownIndicators } from "./kpi-settings";

describe("KPI settings", () => {
  it("falls back to the defaults when nothing usable is stored", () => {
    expect(readKpiSettings(undefined)).toEqual({ shown: DEFAULT_SHOWN, weights: DEFAULT_WEIGHTS });
    expect(readKpiSettings({ shown: ["nonsense"] })).toEqual({ shown: DEFAULT_SHOWN, weights: DEFAULT_WEIGHTS });
  });

  it("keeps the stored choice and drops zero weights", () => {
    expect(readKpiSettings({ shown: ["churn", "revenue"], weights: { revenue: 2, churn: 0 } })).toEqual({
      shown: ["churn", "revenue"],
      weights: { revenue: 2 },
    });
  });

  it("refuses weights that are not whole numbers from 0 to 10", () => {
    const parsed = kpiSettingsSchema.safeParse({
      shown: ["revenue"],
      weights: { revenue: "11", churn: "-1", interactions: "1.5" },
    });
    expect(parsed.success).toBe(false);
    expect(Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      "weights.churn": "validation.negative",
      "weights.revenue": "validation.tooLarge",
      "weights.interactions": "validation.wholeNumber",
    });
  });

  it("reads the indicators of the URL and names the unknown ones", () => {
    expect(readShownIndicators("churn,bogus,revenue,churn", ["revenue"])).toEqual({
      shown: ["churn", "revenue"],
      ignored: ["bogus"],
    });
    expect(readShownIndicators("bogus", ["revenue"])).toEqual({ shown: ["revenue"], ignored: ["bogus"] });
    expect(readShownIndicators(undefined, ["revenue"])).toEqual({ shown: ["revenue"], ignored: [] });
  });
});
