"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { VersionFields } from "@/components/forms/version-fields";
import { SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { cancelInteractionAction, completeInteractionAction, rescheduleInteractionAction } from "./actions";

type Ref = { slug: string; id: string; version: number };

/** Marks a planned interaction done: the result, the time spent and, when not now, when it took place. */
export function CompleteInteractionForm({ slug, id, version, content }: Ref & { content?: string | null }) {
  const t = useTranslations("interactions");
  return (
    <ActionForm
      action={(form) => completeInteractionAction(slug, form)}
      successMessage={t("markedDone")}
      className="space-y-3"
    >
      <VersionFields id={id} version={version} />
      <TextAreaField name="content" label={t("result")} defaultValue={content ?? ""} rows={3} maxLength={20_000} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="durationMinutes" type="number" min={0} max={1440} label={t("durationMinutes")} />
        <TextField name="startedAt" type="datetime-local" label={t("startedAt")} hint={t("startedAtHint")} />
      </div>
      <SubmitButton>{t("markDone")}</SubmitButton>
    </ActionForm>
  );
}

export function RescheduleInteractionForm({ slug, id, version, plannedAt }: Ref & { plannedAt: string }) {
  const t = useTranslations("interactions");
  return (
    <ActionForm
      action={(form) => rescheduleInteractionAction(slug, form)}
      successMessage={t("rescheduled")}
      className="flex flex-wrap items-end gap-2"
    >
      <VersionFields id={id} version={version} />
      <TextField name="plannedAt" type="datetime-local" label={t("newTime")} defaultValue={plannedAt} required />
      <SubmitButton variant="secondary">{t("reschedule")}</SubmitButton>
    </ActionForm>
  );
}

export function CancelInteractionForm({ slug, id, version }: Ref) {
  const t = useTranslations("interactions");
  return (
    <ActionForm action={(form) => cancelInteractionAction(slug, form)} className="inline">
      <VersionFields id={id} version={version} />
      <SubmitButton variant="danger" size="sm">
        {t("cancel")}
      </SubmitButton>
    </ActionForm>
  );
}
