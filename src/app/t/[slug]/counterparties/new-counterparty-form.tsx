"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { createCounterpartyAction } from "./actions";

export function NewCounterpartyForm({ slug }: { slug: string }) {
  const t = useTranslations();
  return (
    <ActionForm
      action={(form) => createCounterpartyAction(slug, form)}
      successMessage={t("counterparties.created")}
      resetOnSuccess
      className="grid gap-4 sm:grid-cols-[1fr_2fr_auto] sm:items-start"
    >
      <SelectField
        name="kind"
        label={t("counterparties.kind")}
        options={(["LEGAL_ENTITY", "INDIVIDUAL"] as const).map((k) => ({ value: k, label: t(`counterparties.kinds.${k}`) }))}
      />
      <TextField name="name" label={t("counterparties.name")} required maxLength={200} />
      <div className="sm:pt-6">
        <SubmitButton>{t("common.create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
