"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { CounterpartyPersonFields } from "@/components/forms/counterparty-person-fields";
import type { OrderFormValues } from "./order-form-values";

export function OrderDetailsFields({
  slug,
  values,
  managers,
  sources,
  counterpartyLocked,
}: {
  slug: string;
  values: OrderFormValues;
  managers: { id: string; name: string }[] | null;
  sources: { id: string; name: string }[];
  counterpartyLocked: boolean;
}) {
  const t = useTranslations("orders");
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <TextField name="date" type="date" label={t("date")} defaultValue={values.date} required />
      <CounterpartyPersonFields
        slug={slug}
        counterparty={values.counterparty}
        contactPersonId={values.contactPersonId}
        labels={{ counterparty: t("counterparty"), contactPerson: t("contactPerson") }}
        locked={counterpartyLocked}
      />
      {managers && (
        <SelectField
          name="managerUserId"
          label={t("manager")}
          defaultValue={values.managerUserId}
          options={managers.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
      <SelectField
        name="sourceId"
        label={t("source")}
        defaultValue={values.sourceId}
        options={[{ value: "", label: "—" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <TextField
        name="expectedShipmentDate"
        type="date"
        label={t("expectedShipmentDate")}
        defaultValue={values.expectedShipmentDate}
      />
      <TextField
        name="expectedPaymentDate"
        type="date"
        label={t("expectedPaymentDate")}
        defaultValue={values.expectedPaymentDate}
      />
    </div>
  );
}
