"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ABC_MEASURES, PERIODICITIES, type ClassificationParameters } from "@/domain/classification/parameters";
import { saveClassificationParametersAction } from "./actions";

/** SPEC §6 parameters; the checks (thresholds add up to 100, L ≤ N, R ≤ N, X < Y) answer next to their fields. */
export function ParametersForm({ slug, values }: { slug: string; values: ClassificationParameters }) {
  const t = useTranslations("classification.parameters");
  const number = (name: keyof ClassificationParameters, extra: Record<string, unknown> = {}) => (
    <TextField name={name} label={t(name)} defaultValue={String(values[name])} inputMode="decimal" {...extra} />
  );
  return (
    <ActionForm
      action={(form) => saveClassificationParametersAction(slug, form)}
      successMessage={t("saved")}
      className="space-y-4"
    >
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold">ABC</legend>
        <SelectField
          name="measure"
          label={t("measure")}
          defaultValue={values.measure}
          options={ABC_MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
        />
        {number("abcMonths")}
        {number("thresholdA")}
        {number("thresholdB")}
        {number("thresholdC")}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold">{t("stagesAndXyz")}</legend>
        <SelectField
          name="periodicity"
          label={t("periodicity")}
          defaultValue={values.periodicity}
          options={PERIODICITIES.map((p) => ({ value: p, label: t(`periodicities.${p}`) }))}
        />
        {number("windowPeriods")}
        {number("lossPeriods")}
        {number("regularPeriods")}
        {number("cvX")}
        {number("cvY")}
        {number("runHour")}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
