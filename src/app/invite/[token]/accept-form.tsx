"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { hardNavigate } from "@/components/forms/hard-navigate";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { acceptInvitationAction } from "./actions";

/** New account: name and password, then signed in with them. Existing, signed-in account: one button. */
export function AcceptInvitationForm({
  token,
  company,
  newAccount,
}: {
  token: string;
  company: string;
  newAccount: boolean;
}) {
  const t = useTranslations();
  return (
    <ActionForm
      action={async (form) => {
        const result = await acceptInvitationAction(form);
        if (result.ok) {
          if (newAccount) {
            await signIn("credentials", { email: result.data.email, password: form.get("password"), redirect: false });
          }
          hardNavigate(`/t/${result.data.slug}`);
        }
        return result;
      }}
    >
      <input type="hidden" name="token" value={token} />
      {newAccount && (
        <>
          <p className="text-sm text-slate-600">{t("invite.createAccount")}</p>
          <TextField name="name" label={t("auth.name")} autoComplete="name" required />
          <TextField
            name="password"
            type="password"
            label={t("auth.password")}
            hint={t("auth.passwordHint")}
            autoComplete="new-password"
            required
          />
        </>
      )}
      <SubmitButton>{t("invite.join", { company })}</SubmitButton>
    </ActionForm>
  );
}
