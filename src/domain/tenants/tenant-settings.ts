import { z } from "zod";
import { flag } from "@/domain/forms/form-fields";

export const CURRENCIES = ["RUB", "USD", "EUR", "KZT", "BYN", "UAH", "CNY", "GBP"] as const;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const tenantSettingsSchema = z.object({
  name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  locale: z.enum(["ru", "en"], "validation.choose"),
  timeZone: z.string().trim().refine(isTimeZone, "validation.timeZone"),
  currency: z.enum(CURRENCIES, "validation.choose"),
  managerVisibility: z.enum(["ALL", "OWN"], "validation.choose"),
  allowOverpayment: flag,
  birthdayDigestHour: z.preprocess(
    (v) => (v === "" || v === undefined ? 9 : v),
    z.coerce
      .number("validation.wholeNumber")
      .int("validation.wholeNumber")
      .min(0, "validation.range")
      .max(23, "validation.range"),
  ),
});

export type TenantSettingsInput = z.infer<typeof tenantSettingsSchema>;

/** Feature switches kept in `Tenant.settings`; unknown or missing values read as the defaults. */
const featureSettingsSchema = z.object({
  managerVisibility: z.enum(["ALL", "OWN"]).catch("ALL").default("ALL"),
  /** SPEC §5.3: a payment above what remains of the order is refused unless this is on. */
  allowOverpayment: z.boolean().catch(false).default(false),
  /** SPEC §4.2: the hour (tenant's zone) at which managers get the day's birthdays. */
  birthdayDigestHour: z.number().int().min(0).max(23).catch(9).default(9),
});

export function readFeatureSettings(settings: unknown) {
  return featureSettingsSchema.parse(settings && typeof settings === "object" ? settings : {});
}

/** SPEC §1.3: managers read every counterparty unless the tenant restricts them to their own. */
export function seesOnlyOwnCounterparties(role: string, settings: unknown): boolean {
  return role === "MANAGER" && readFeatureSettings(settings).managerVisibility === "OWN";
}

/** Whether a user may see one counterparty (and so its card, orders and settlements) under that rule. */
export function canSeeCounterparty(
  viewer: { role: string; userId: string; settings: unknown },
  responsibleUserId: string | null,
): boolean {
  return !seesOnlyOwnCounterparties(viewer.role, viewer.settings) || responsibleUserId === viewer.userId;
}

export function birthdayDigestHour(settings: unknown): number {
  return readFeatureSettings(settings).birthdayDigestHour;
}
