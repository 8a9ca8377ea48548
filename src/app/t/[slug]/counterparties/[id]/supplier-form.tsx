"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { saveSupplierProfileAction } from "../actions";

export interface SupplierTerms {
  deliveryTerms: string | null;
  leadTimeDays: number | null;
  reliabilityRating: number | null;
}

export function SupplierForm({
  slug,
  counterpartyId,
  terms,
  canEdit,
}: {
  slug: string;
  counterpartyId: string;
  terms: SupplierTerms | null;
  canEdit: boolean;
}) {
  const t = useTranslations("counterparties.supplier");
  return (
    <ActionForm
      action={(form) => saveSupplierProfileAction(slug, form)}
      successMessage={t("saved")}
      className="grid gap-3 sm:grid-cols-2"
    >
      <input type="hidden" name="counterpartyId" value={counterpartyId} />
      <div className="sm:col-span-2">
        <TextField
          name="deliveryTerms"
          label={t("deliveryTerms")}
          defaultValue={terms?.deliveryTerms ?? ""}
          maxLength={2000}
          disabled={!canEdit}
        />
      </div>
      <TextField
        name="leadTimeDays"
        type="number"
        min={0}
        max={365}
        label={t("leadTimeDays")}
        defaultValue={terms?.leadTimeDays ?? ""}
        disabled={!canEdit}
      />
      <TextField
        name="reliabilityRating"
        type="number"
        min={1}
        max={5}
        label={t("reliabilityRating")}
        defaultValue={terms?.reliabilityRating ?? ""}
        disabled={!canEdit}
      />
      {canEdit && (
        <div className="sm:col-span-2">
          <SubmitButton variant="secondary">{t("save")}</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
