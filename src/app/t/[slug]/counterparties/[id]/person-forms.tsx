"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { CounterpartyPicker } from "@/components/forms/counterparty-picker";
import { DECISION_ROLES } from "@/domain/contact-persons/contact-person-input";
import { createContactPersonAction, moveContactPersonAction } from "../actions";

export function AddPersonForm({ slug, counterpartyId }: { slug: string; counterpartyId: string }) {
  const t = useTranslations("counterparties");
  return (
    <ActionForm
      action={(form) => createContactPersonAction(slug, form)}
      resetOnSuccess
      className="grid gap-3 sm:grid-cols-3"
    >
      <input type="hidden" name="counterpartyId" value={counterpartyId} />
      <TextField name="lastName" label={t("person.lastName")} required maxLength={80} />
      <TextField name="firstName" label={t("person.firstName")} required maxLength={80} />
      <TextField name="middleName" label={t("person.middleName")} maxLength={80} />
      <TextField name="position" label={t("person.position")} maxLength={120} />
      <SelectField
        name="decisionRole"
        label={t("person.decisionRole")}
        defaultValue="OTHER"
        options={DECISION_ROLES.map((r) => ({ value: r, label: t(`person.roles.${r}`) }))}
      />
      <TextField name="birthday" type="date" label={t("person.birthday")} />
      <TextField name="phone" type="tel" label={t("phone")} maxLength={50} />
      <TextField name="email" type="email" label={t("email")} maxLength={254} />
      <TextField name="remindDaysBefore" type="number" min={0} max={60} label={t("person.remindDaysBefore")} />
      <div className="sm:col-span-3">
        <SubmitButton variant="secondary">{t("card.addPerson")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function MovePersonForm({
  slug,
  contactPersonId,
  fromCounterpartyId,
}: {
  slug: string;
  contactPersonId: string;
  fromCounterpartyId: string;
}) {
  const t = useTranslations("counterparties");
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs text-brand-700">{t("card.move")}</summary>
      <ActionForm
        action={(form) => moveContactPersonAction(slug, form)}
        successMessage={t("card.moved")}
        className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      >
        <input type="hidden" name="contactPersonId" value={contactPersonId} />
        <input type="hidden" name="fromCounterpartyId" value={fromCounterpartyId} />
        <CounterpartyPicker
          slug={slug}
          name="toCounterpartyId"
          label={t("card.moveTo")}
          excludeId={fromCounterpartyId}
        />
        <TextField name="position" label={t("person.position")} maxLength={120} />
        <SubmitButton variant="secondary" size="sm">
          {t("card.moveSubmit")}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}
