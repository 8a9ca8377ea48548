"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { CURRENCIES } from "@/domain/tenants/tenant-settings";
import { updateTenantSettingsAction } from "./actions";

export interface SettingsValues {
  name: string;
  locale: "ru" | "en";
  timeZone: string;
  currency: string;
  managerVisibility: "ALL" | "OWN";
  allowOverpayment: boolean;
  birthdayDigestHour: number;
}

export function SettingsForm({
  slug,
  values,
  timeZones,
}: {
  slug: string;
  values: SettingsValues;
  timeZones: string[];
}) {
  const t = useTranslations();
  return (
    <ActionForm
      action={(form) => updateTenantSettingsAction(slug, form)}
      successMessage={t("common.saved")}
      className="grid max-w-xl gap-4"
    >
      <TextField name="name" label={t("admin.settings.name")} defaultValue={values.name} required maxLength={120} />
      <SelectField
        name="locale"
        label={t("admin.settings.locale")}
        defaultValue={values.locale}
        options={(["ru", "en"] as const).map((l) => ({ value: l, label: t(`locale.${l}`) }))}
      />
      <SelectField
        name="timeZone"
        label={t("admin.settings.timeZone")}
        defaultValue={values.timeZone}
        options={timeZones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
      />
      <SelectField
        name="currency"
        label={t("admin.settings.currency")}
        defaultValue={values.currency}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
      />
      <SelectField
        name="managerVisibility"
        label={t("admin.settings.managerVisibility")}
        defaultValue={values.managerVisibility}
        options={(["ALL", "OWN"] as const).map((v) => ({ value: v, label: t(`admin.settings.visibility.${v}`) }))}
      />
      <CheckboxField
        name="allowOverpayment"
        label={t("admin.settings.allowOverpayment")}
        defaultChecked={values.allowOverpayment}
      />
      <TextField
        name="birthdayDigestHour"
        type="number"
        min={0}
        max={23}
        label={t("admin.settings.birthdayDigestHour")}
        hint={t("admin.settings.birthdayDigestHourHint")}
        defaultValue={values.birthdayDigestHour}
        required
      />
      <div>
        <SubmitButton>{t("common.save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
