"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { RELATIONS } from "@/domain/counterparties/list-query";

export interface RequisitesValues {
  kind: "LEGAL_ENTITY" | "INDIVIDUAL";
  name: string;
  legalName: string | null;
  taxId: string | null;
  kpp: string | null;
  isCustomer: boolean;
  isSupplier: boolean;
  isPartner: boolean;
  isCompetitor: boolean;
  isOther: boolean;
  sourceId: string | null;
  notes: string | null;
}

const FLAG = {
  customer: "isCustomer",
  supplier: "isSupplier",
  partner: "isPartner",
  competitor: "isCompetitor",
  other: "isOther",
} as const;

/** The requisites part of the create and edit forms; КПП only for legal entities. */
export function RequisitesFields({
  values,
  sources,
}: {
  values?: RequisitesValues;
  sources: { id: string; name: string }[];
}) {
  const t = useTranslations("counterparties");
  const [kind, setKind] = useState(values?.kind ?? "LEGAL_ENTITY");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        name="kind"
        label={t("kind")}
        value={kind}
        onChange={(e) => setKind(e.target.value as typeof kind)}
        options={(["LEGAL_ENTITY", "INDIVIDUAL"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField name="name" label={t("name")} defaultValue={values?.name} required maxLength={200} />
      <div className="sm:col-span-2">
        <TextField name="legalName" label={t("legalName")} defaultValue={values?.legalName ?? ""} maxLength={500} />
      </div>
      <TextField
        name="taxId"
        label={t("taxId")}
        defaultValue={values?.taxId ?? ""}
        inputMode="numeric"
        maxLength={12}
      />
      {kind === "LEGAL_ENTITY" ? (
        <TextField name="kpp" label={t("kpp")} defaultValue={values?.kpp ?? ""} maxLength={9} />
      ) : (
        <span />
      )}
      <SelectField
        name="sourceId"
        label={t("source")}
        defaultValue={values?.sourceId ?? ""}
        options={[{ value: "", label: "—" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <fieldset className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("relation")}</legend>
        {RELATIONS.map((r) => (
          <CheckboxField
            key={r}
            name={FLAG[r]}
            label={t(`relations.${r}`)}
            defaultChecked={values ? values[FLAG[r]] : r === "customer"}
          />
        ))}
      </fieldset>
      <label className="block text-sm font-medium text-slate-700 sm:col-span-2">
        {t("notes")}
        <textarea
          name="notes"
          defaultValue={values?.notes ?? ""}
          rows={3}
          maxLength={10_000}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
    </div>
  );
}
