"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { CONTACT_INFO_TYPES } from "@/domain/contact-info/normalize";
import { addContactInfoAction, removeContactInfoAction } from "../actions";

export function AddContactInfoForm({
  slug,
  counterpartyId,
  contactPersonId,
}: {
  slug: string;
  counterpartyId: string;
  contactPersonId?: string;
}) {
  const t = useTranslations("counterparties");
  return (
    <ActionForm
      action={(form) => addContactInfoAction(slug, form)}
      resetOnSuccess
      className="grid gap-2 sm:grid-cols-[8rem_1fr_7rem] sm:items-end"
    >
      <input type="hidden" name="counterpartyId" value={counterpartyId} />
      {contactPersonId && <input type="hidden" name="contactPersonId" value={contactPersonId} />}
      <SelectField
        name="type"
        label={t("card.type")}
        options={CONTACT_INFO_TYPES.map((c) => ({ value: c, label: t(`contactTypes.${c}`) }))}
      />
      <TextField name="value" label={t("card.value")} required maxLength={500} />
      <TextField name="label" label={t("card.label")} maxLength={60} />
      <div className="flex items-center justify-between gap-2 sm:col-span-3">
        <CheckboxField name="isPrimary" label={t("card.primary")} />
        <SubmitButton variant="secondary">{t("card.addContact")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveContactInfoButton({
  slug,
  counterpartyId,
  id,
}: {
  slug: string;
  counterpartyId: string;
  id: string;
}) {
  const t = useTranslations("counterparties.card");
  return (
    <ActionForm action={(form) => removeContactInfoAction(slug, form)} className="inline">
      <input type="hidden" name="counterpartyId" value={counterpartyId} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger" size="sm">
        {t("remove")}
      </SubmitButton>
    </ActionForm>
  );
}
