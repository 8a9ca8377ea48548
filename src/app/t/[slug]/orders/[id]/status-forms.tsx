"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { VersionFields } from "@/components/forms/version-fields";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { cancelOrderAction, closeOrderAction, confirmOrderAction } from "../actions";

type Ref = { slug: string; id: string; version: number };

export function ConfirmOrderForm({ slug, id, version }: Ref) {
  const t = useTranslations("orders");
  return (
    <ActionForm action={(form) => confirmOrderAction(slug, form)} className="inline">
      <VersionFields id={id} version={version} />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </ActionForm>
  );
}

export function CloseOrderForm({ slug, id, version }: Ref) {
  const t = useTranslations("orders");
  return (
    <ActionForm action={(form) => closeOrderAction(slug, form)} className="space-y-2">
      <VersionFields id={id} version={version} />
      <p className="text-sm text-slate-600">{t("closeHint")}</p>
      <SubmitButton variant="secondary">{t("closeByHand")}</SubmitButton>
    </ActionForm>
  );
}

export function CancelOrderForm({ slug, id, version, reasons }: Ref & { reasons: { id: string; name: string }[] }) {
  const t = useTranslations("orders");
  return (
    <ActionForm action={(form) => cancelOrderAction(slug, form)} className="space-y-3">
      <VersionFields id={id} version={version} />
      <SelectField
        name="failureReasonId"
        label={t("failureReason")}
        options={[{ value: "", label: "—" }, ...reasons.map((r) => ({ value: r.id, label: r.name }))]}
      />
      <TextField name="comment" label={t("comment")} maxLength={5000} />
      <SubmitButton variant="danger">{t("cancelOrder")}</SubmitButton>
    </ActionForm>
  );
}
