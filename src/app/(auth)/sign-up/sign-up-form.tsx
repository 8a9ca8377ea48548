"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { hardNavigate } from "@/components/forms/hard-navigate";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { suggestSlug } from "@/domain/tenants/slug";
import { signUpAction } from "./actions";

export function SignUpForm({ locale }: { locale: "ru" | "en" }) {
  const t = useTranslations("auth");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);

  return (
    <ActionForm
      action={async (form) => {
        const result = await signUpAction(form);
        if (result.ok) {
          // The account exists now; signing in with what was just typed gives the session.
          await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
          hardNavigate(`/t/${result.data.slug}`);
        }
        return result;
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="companyName"
        label={t("companyName")}
        required
        onChange={(e) => !slugEdited && setSlug(suggestSlug(e.target.value))}
      />
      <TextField
        name="slug"
        label={t("slug")}
        hint={t("slugHint", { slug: slug || "…" })}
        value={slug}
        onChange={(e) => {
          setSlugEdited(true);
          setSlug(e.target.value);
        }}
        required
      />
      <TextField name="name" label={t("name")} autoComplete="name" required />
      <TextField name="email" type="email" label={t("email")} autoComplete="username" required />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
      />
      <SubmitButton>{t("signUpSubmit")}</SubmitButton>
    </ActionForm>
  );
}
