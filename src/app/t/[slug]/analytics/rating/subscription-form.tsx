"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton } from "@/components/forms/fields";
import { saveReportSubscriptionAction } from "./actions";

/** The director's own subscription to the dashboard by e-mail. */
export function SubscriptionForm({ slug, frequency }: { slug: string; frequency: string | null }) {
  const t = useTranslations("rating");
  const options = [
    { value: "", label: t("frequencies.NONE") },
    { value: "WEEKLY", label: t("frequencies.WEEKLY") },
    { value: "MONTHLY", label: t("frequencies.MONTHLY") },
  ];
  return (
    <ActionForm
      action={(form) => saveReportSubscriptionAction(slug, form)}
      successMessage={t("subscriptionSaved")}
      className="flex flex-wrap items-end gap-3"
    >
      <p className="w-full text-sm text-slate-500">{t("subscriptionHint")}</p>
      <SelectField name="frequency" label={t("frequency")} defaultValue={frequency ?? ""} options={options} />
      <SubmitButton>{t("saveSubscription")}</SubmitButton>
    </ActionForm>
  );
}
