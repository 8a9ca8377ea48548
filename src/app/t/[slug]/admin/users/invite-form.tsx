"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ROLES } from "@/domain/auth/permissions";
import { inviteMemberAction } from "./actions";

export function InviteForm({ slug }: { slug: string }) {
  const t = useTranslations();
  return (
    <ActionForm
      action={(form) => inviteMemberAction(slug, form)}
      successMessage={(sent) =>
        sent.delivery === "KEPT" ? t("admin.users.inviteKept") : t("admin.users.invited", { email: sent.email })
      }
      resetOnSuccess
      className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
    >
      <TextField name="email" type="email" label={t("auth.email")} required />
      <SelectField
        name="role"
        label={t("admin.users.role")}
        defaultValue="MANAGER"
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <div className="sm:pt-6">
        <SubmitButton>{t("admin.users.inviteSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
