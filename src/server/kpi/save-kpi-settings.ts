import "server-only";
import { z } from "zod";
import { INDICATORS, type Indicator } from "@/domain/kpi/indicators";
import { kpiWeight, readKpiSettings, type KpiSettings } from "@/domain/kpi/kpi-settings";
import { saveSettingsSection } from "@/server/tenants/save-settings-section";
import type { TenantContext } from "@/server/tenant-context";

/** The director's form: `shown` checkboxes and one `weight_<indicator>` field each, so errors land on the field. */
export const saveKpiSettingsInput = z
  .object({
    shown: z.preprocess(
      (v) => (v === undefined ? [] : typeof v === "string" ? [v] : v),
      z.array(z.enum(INDICATORS)).min(1, "validation.chooseOne"),
    ),
    ...(Object.fromEntries(INDICATORS.map((i) => [`weight_${i}`, kpiWeight])) as Record<
      `weight_${Indicator}`,
      typeof kpiWeight
    >),
  })
  .transform((form): KpiSettings => ({
    shown: form.shown,
    weights: Object.fromEntries(
      INDICATORS.map((i) => [i, form[`weight_${i}`] as number]).filter(([, w]) => (w as number) > 0),
    ),
  }));

/** SPEC §7.1–7.2: which indicators the reports show and the rating's weights, kept in the tenant's settings. */
export async function saveKpiSettings(ctx: TenantContext, input: KpiSettings) {
  await saveSettingsSection(ctx, "kpi", input, { action: "kpi.settings_saved", read: readKpiSettings });
}
