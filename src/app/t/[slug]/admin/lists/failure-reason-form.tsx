"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { saveFailureReasonAction } from "./actions";

export function FailureReasonForm({
  slug,
  reason,
}: {
  slug: string;
  reason?: { id: string; name: string; archived: boolean };
}) {
  const t = useTranslations("admin.lists");
  return (
    <ActionForm
      action={(form) => saveFailureReasonAction(slug, form)}
      resetOnSuccess={!reason}
      successMessage={t("saved")}
      className="flex flex-wrap items-end gap-3"
    >
      {reason && <input type="hidden" name="id" value={reason.id} />}
      <div className="min-w-64 flex-1">
        <TextField
          name="name"
          label={reason ? t("name") : t("newReason")}
          defaultValue={reason?.name}
          maxLength={120}
        />
      </div>
      {reason && <CheckboxField name="archived" label={t("archived")} defaultChecked={reason.archived} />}
      <SubmitButton variant={reason ? "secondary" : "primary"}>{reason ? t("save") : t("add")}</SubmitButton>
    </ActionForm>
  );
}
