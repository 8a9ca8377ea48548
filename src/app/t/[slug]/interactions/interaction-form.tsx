"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import type { CounterpartyOption } from "@/components/forms/counterparty-picker";
import { DIRECTIONS, IMPORTANCES, INTERACTION_TYPES } from "@/domain/interactions/interaction-input";
import type { ActionResult } from "@/server/actions/action-result";
import { CounterpartyPersonFields } from "@/components/forms/counterparty-person-fields";

export interface InteractionFormValues {
  counterparty: CounterpartyOption | null;
  contactPersonId: string;
  responsibleUserId: string;
  orderId: string;
  orderLabel: string | null;
  sourceId: string;
  type: string;
  direction: string;
  importance: string;
  subject: string;
  content: string;
  at: string;
  remindAt: string;
  durationMinutes: string;
}

/**
 * Plans a contact or logs one. `mode` "new" offers the "already took place" switch; "planned" and "done" edit an
 * existing interaction and keep its state.
 */
export function InteractionForm({
  slug,
  action,
  values,
  hidden,
  managers,
  sources,
  mode,
  submitLabel,
}: {
  slug: string;
  action: (form: FormData) => Promise<ActionResult<{ id?: string } | unknown>>;
  values: InteractionFormValues;
  hidden: Record<string, string>;
  managers: { id: string; name: string }[] | null;
  sources: { id: string; name: string }[];
  mode: "new" | "planned" | "done";
  submitLabel: string;
}) {
  const t = useTranslations("interactions");
  const router = useRouter();
  const [direction, setDirection] = useState(values.direction);
  const [done, setDone] = useState(mode === "done");
  const options = (values: readonly string[], group: string) =>
    values.map((v) => ({ value: v, label: t(`${group}.${v}`) }));

  return (
    <ActionForm
      action={action}
      onSuccess={(data) => {
        const id = (data as { id?: string } | undefined)?.id;
        if (id) router.push(`/t/${slug}/interactions/${id}`);
      }}
      successMessage={t("saved")}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {values.orderId && <input type="hidden" name="orderId" value={values.orderId} />}
      <div className="grid gap-4 md:grid-cols-3">
        <CounterpartyPersonFields
          slug={slug}
          counterparty={values.counterparty}
          contactPersonId={values.contactPersonId}
          labels={{ counterparty: t("counterparty"), contactPerson: t("contactPerson") }}
        />
        <SelectField
          name="type"
          label={t("type")}
          defaultValue={values.type}
          options={options(INTERACTION_TYPES, "types")}
        />
        <SelectField
          name="direction"
          label={t("direction")}
          value={direction}
          onChange={(e) => setDirection(e.target.value)}
          options={options(DIRECTIONS, "directions")}
        />
        <SelectField
          name="importance"
          label={t("importance")}
          defaultValue={values.importance}
          options={options(IMPORTANCES, "importances")}
        />
        <div className="md:col-span-3">
          <TextField name="subject" label={t("subject")} defaultValue={values.subject} maxLength={300} required />
        </div>
        {mode === "new" && (
          <div className="md:col-span-3">
            <CheckboxField name="done" label={t("alreadyDone")} defaultChecked={done} onChange={setDone} />
          </div>
        )}
        {mode === "done" && <input type="hidden" name="done" value="on" />}
        <TextField
          name="at"
          type="datetime-local"
          label={done ? t("startedAt") : t("plannedAt")}
          defaultValue={values.at}
          required
        />
        {done ? (
          <TextField
            name="durationMinutes"
            type="number"
            min={0}
            max={1440}
            label={t("durationMinutes")}
            defaultValue={values.durationMinutes}
          />
        ) : (
          <TextField
            name="remindAt"
            type="datetime-local"
            label={t("remindAt")}
            defaultValue={values.remindAt}
            hint={t("remindHint")}
          />
        )}
        {managers && (
          <SelectField
            name="responsibleUserId"
            label={t("responsible")}
            defaultValue={values.responsibleUserId}
            options={managers.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        {direction === "INCOMING" && (
          <SelectField
            name="sourceId"
            label={t("source")}
            defaultValue={values.sourceId}
            options={[{ value: "", label: "—" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
          />
        )}
        {values.orderLabel && <p className="self-end pb-2 text-sm text-slate-600">{values.orderLabel}</p>}
        <div className="md:col-span-3">
          <TextAreaField
            name="content"
            label={done ? t("result") : t("content")}
            defaultValue={values.content}
            rows={4}
            maxLength={20_000}
          />
        </div>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
