import { z } from "zod";
import { DEFAULT_SHOWN, DEFAULT_WEIGHTS, INDICATORS, isIndicator, MAX_WEIGHT, type Indicator } from "./indicators";

export interface KpiSettings {
  /** The indicators the reports show, in this order. */
  shown: Indicator[];
  weights: Partial<Record<Indicator, number>>;
}

/** A weight as the director types it: a whole number from 0 to MAX_WEIGHT; an empty field is 0. */
export const kpiWeight = z.preprocess(
  (v) => (v === "" || v === undefined ? "0" : v),
  z.coerce
    .number("validation.number")
    .int("validation.wholeNumber")
    .min(0, "validation.negative")
    .max(MAX_WEIGHT, "validation.tooLarge"),
);

/** The director's form: a weight per indicator (0 leaves it out of the rating) and the indicators to show. */
export const kpiSettingsSchema = z.object({
  shown: z.array(z.enum(INDICATORS)).min(1, "validation.chooseOne"),
  weights: z.partialRecord(z.enum(INDICATORS), kpiWeight),
});

/** Tenant.settings.kpi as stored, or the defaults; whatever is unreadable falls back rather than failing a page. */
export function readKpiSettings(stored: unknown): KpiSettings {
  const parsed = kpiSettingsSchema.safeParse(stored);
  if (!parsed.success) return { shown: [...DEFAULT_SHOWN], weights: { ...DEFAULT_WEIGHTS } };
  return {
    shown: parsed.data.shown,
    weights: Object.fromEntries(Object.entries(parsed.data.weights).filter(([, w]) => (w ?? 0) > 0)),
  };
}

/**
 * `?show=revenue,churn` from the URL: known names in the given order, the unknown ones returned so the page can
 * say they were ignored; nothing usable means the saved choice.
 */
export function readShownIndicators(
  param: string | undefined,
  saved: Indicator[],
): { shown: Indicator[]; ignored: string[] } {
  if (!param) return { shown: saved, ignored: [] };
  const names = param
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const shown = [...new Set(names.filter(isIndicator))];
  return { shown: shown.length ? shown : saved, ignored: names.filter((n) => !isIndicator(n)) };
}
