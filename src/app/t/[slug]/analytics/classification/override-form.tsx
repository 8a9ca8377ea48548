"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { setClassificationOverrideAction } from "./actions";

export interface OverrideValues {
  counterpartyId: string;
  abcManual: string | null;
  stageManual: string | null;
  xyzManual: string | null;
  abcAuto: string | null;
  stageAuto: string;
  xyzAuto: string | null;
}

/** SPEC §6.5: a director's ABC class and stage/XYZ, each shown beside the computed one; "automatic" clears it. */
export function OverrideForm({ slug, values }: { slug: string; values: OverrideValues }) {
  const t = useTranslations("classification");
  const [stage, setStage] = useState(values.stageManual ?? "");
  const auto = (v: string | null, label: (v: string) => string) => t("automaticIs", { value: v ? label(v) : "—" });
  const stageLabel = (v: string) => t(`stages.${v}` as "stages.REGULAR");
  return (
    <ActionForm
      action={(form) => setClassificationOverrideAction(slug, form)}
      successMessage={t("overrideSaved")}
      className="space-y-3"
    >
      <input type="hidden" name="counterpartyId" value={values.counterpartyId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="abcManual"
          label="ABC"
          defaultValue={values.abcManual ?? ""}
          hint={auto(values.abcAuto, (v) => v)}
          options={[{ value: "", label: t("automatic") }, ...["A", "B", "C"].map((v) => ({ value: v, label: v }))]}
        />
        <SelectField
          name="stageManual"
          label={t("stage")}
          value={stage}
          onChange={(e) => setStage(e.target.value)}
          hint={auto(values.stageAuto, stageLabel)}
          options={[
            { value: "", label: t("automatic") },
            ...["REGULAR", "ONE_TIME", "POTENTIAL", "LOST"].map((v) => ({ value: v, label: stageLabel(v) })),
          ]}
        />
        <SelectField
          name="xyzManual"
          label="XYZ"
          defaultValue={values.xyzManual ?? ""}
          disabled={stage !== "REGULAR"}
          hint={auto(values.xyzAuto, (v) => v)}
          options={[{ value: "", label: "—" }, ...["X", "Y", "Z"].map((v) => ({ value: v, label: v }))]}
        />
      </div>
      <TextField name="reason" label={t("reason")} maxLength={500} placeholder={t("reasonPlaceholder")} />
      <SubmitButton variant="secondary" size="sm">
        {t("saveOverride")}
      </SubmitButton>
    </ActionForm>
  );
}
