"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { SMTP_SECURITY } from "@/domain/email/mail-server-input";
import { removeMailServerAction, saveMailServerAction, sendTestEmailAction } from "./actions";

export interface MailServerValues {
  host: string;
  port: number;
  security: string;
  username: string | null;
  fromAddress: string;
  hasPassword: boolean;
}

export function MailServerForm({ slug, values }: { slug: string; values: MailServerValues | null }) {
  const t = useTranslations("admin.mail");
  return (
    <ActionForm
      action={(form) => saveMailServerAction(slug, form)}
      successMessage={t("saved")}
      className="grid max-w-xl gap-4"
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <TextField
          name="host"
          label={t("host")}
          defaultValue={values?.host ?? ""}
          placeholder="smtp.example.ru"
          required
        />
        <TextField
          name="port"
          type="number"
          label={t("port")}
          defaultValue={values?.port ?? 587}
          min={1}
          max={65535}
          required
        />
      </div>
      <SelectField
        name="security"
        label={t("security")}
        defaultValue={values?.security ?? "STARTTLS"}
        options={SMTP_SECURITY.map((s) => ({ value: s, label: t(`securities.${s}`) }))}
      />
      <TextField name="username" label={t("username")} defaultValue={values?.username ?? ""} autoComplete="off" />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        hint={values?.hasPassword ? t("passwordKept") : undefined}
      />
      <TextField
        name="fromAddress"
        type="email"
        label={t("fromAddress")}
        defaultValue={values?.fromAddress ?? ""}
        required
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function MailServerTools({ slug, configured }: { slug: string; configured: boolean }) {
  const t = useTranslations("admin.mail");
  return (
    <div className="flex flex-wrap gap-4">
      <ActionForm
        action={(form) => sendTestEmailAction(slug, form)}
        successMessage={(r) =>
          r.status === "SENT"
            ? t("testSent")
            : r.status === "KEPT"
              ? t("testKept")
              : t("testFailed", { error: r.error ?? "" })
        }
        className="space-y-2"
      >
        <SubmitButton variant="secondary" size="sm">
          {t("sendTest")}
        </SubmitButton>
      </ActionForm>
      {configured && (
        <ActionForm
          action={(form) => removeMailServerAction(slug, form)}
          successMessage={t("removed")}
          className="space-y-2"
        >
          <SubmitButton variant="danger" size="sm">
            {t("remove")}
          </SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
