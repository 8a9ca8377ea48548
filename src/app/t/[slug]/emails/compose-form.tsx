"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { sendClientEmailAction } from "./actions";

export interface ComposeValues {
  counterpartyId: string;
  contactPersonId: string;
  orderId: string;
  interactionId: string;
  to: string;
  subject: string;
}

/** Write to a client: choosing a person fills in his address; the sent message opens as its interaction. */
export function ComposeForm({
  slug,
  values,
  persons,
  idempotencyKey,
}: {
  slug: string;
  values: ComposeValues;
  persons: { id: string; name: string; email: string | null }[];
  idempotencyKey: string;
}) {
  const t = useTranslations("emails");
  const router = useRouter();
  const [to, setTo] = useState(values.to);
  return (
    <ActionForm
      action={(form) => sendClientEmailAction(slug, form)}
      onSuccess={(data) => router.push(`/t/${slug}/interactions/${data.interactionId}`)}
      successMessage={(data) => t(`outcome.${data.status}`)}
    >
      {(["counterpartyId", "orderId", "interactionId"] as const).map(
        (name) => values[name] && <input key={name} type="hidden" name={name} value={values[name]} />,
      )}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="contactPersonId"
          label={t("person")}
          defaultValue={values.contactPersonId}
          onChange={(e) => {
            const email = persons.find((p) => p.id === e.target.value)?.email;
            if (email) setTo(email);
          }}
          options={[
            { value: "", label: "—" },
            ...persons.map((p) => ({ value: p.id, label: p.email ? `${p.name} <${p.email}>` : p.name })),
          ]}
        />
        <TextField
          name="to"
          type="text"
          inputMode="email"
          label={t("to")}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          hint={t("addressesHint")}
          required
        />
        <TextField name="cc" type="text" inputMode="email" label={t("cc")} />
        <TextField name="subject" label={t("subject")} defaultValue={values.subject} maxLength={300} required />
        <div className="md:col-span-2">
          <TextAreaField name="body" label={t("body")} rows={12} maxLength={100_000} required />
        </div>
      </div>
      <SubmitButton>{t("send")}</SubmitButton>
    </ActionForm>
  );
}
