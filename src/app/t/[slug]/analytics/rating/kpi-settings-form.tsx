"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFormState } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { INDICATOR_META, INDICATORS, MAX_WEIGHT } from "@/domain/kpi/indicators";
import type { KpiSettings } from "@/domain/kpi/kpi-settings";
import { saveKpiSettingsAction } from "./actions";

function WeightInput({ name, label, defaultValue }: { name: string; label: string; defaultValue: number }) {
  const error = useFormState().fieldErrors[name];
  return (
    <span>
      <input
        type="number"
        name={name}
        min={0}
        max={MAX_WEIGHT}
        step={1}
        defaultValue={defaultValue}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        className={`w-16 rounded-md border px-2 py-1 text-sm ${error ? "border-red-400" : "border-slate-300"}`}
      />
      {error && (
        <span className="ml-2 text-xs text-red-600" data-field-error>
          {error}
        </span>
      )}
    </span>
  );
}

function ShownError() {
  const error = useFormState().fieldErrors.shown;
  return error ? (
    <p className="text-sm text-red-600" data-field-error>
      {error}
    </p>
  ) : null;
}

/** Which indicators the reports show and how much each weighs in the rating (0 leaves it out). */
export function KpiSettingsForm({ slug, settings }: { slug: string; settings: KpiSettings }) {
  const t = useTranslations("rating");
  const tk = useTranslations("kpi.indicators");
  return (
    <ActionForm
      action={(form) => saveKpiSettingsAction(slug, form)}
      successMessage={t("settingsSaved")}
      className="space-y-3"
    >
      <p className="text-sm text-slate-500">{t("settingsHint", { max: MAX_WEIGHT })}</p>
      <ShownError />
      <table className="text-sm">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-1 pr-4 font-medium">{t("indicator")}</th>
            <th className="py-1 pr-4 font-medium">{t("shown")}</th>
            <th className="py-1 font-medium">{t("weight")}</th>
          </tr>
        </thead>
        <tbody>
          {INDICATORS.map((i) => (
            <tr key={i} className="border-t border-slate-100">
              <td className="py-1 pr-4">
                {tk(i)}
                {INDICATOR_META[i].better === "lower" && (
                  <span className="ml-1 text-xs text-slate-500">({t("lowerIsBetter")})</span>
                )}
              </td>
              <td className="py-1 pr-4">
                <input
                  type="checkbox"
                  name="shown"
                  value={i}
                  defaultChecked={settings.shown.includes(i)}
                  aria-label={`${t("shown")}: ${tk(i)}`}
                />
              </td>
              <td className="py-1">
                <WeightInput
                  name={`weight_${i}`}
                  label={`${t("weight")}: ${tk(i)}`}
                  defaultValue={settings.weights[i] ?? 0}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitButton>{t("saveSettings")}</SubmitButton>
    </ActionForm>
  );
}
