"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { updateCounterpartyAction } from "../actions";
import { RequisitesFields, type RequisitesValues } from "../requisites-fields";

/** Edits the requisites of the version the page showed; a save over someone else's change is refused. */
export function RequisitesForm({
  slug,
  id,
  version,
  values,
  sources,
}: {
  slug: string;
  id: string;
  version: number;
  values: RequisitesValues;
  sources: { id: string; name: string }[];
}) {
  const t = useTranslations("counterparties.card");
  return (
    // Keyed by version: after a save (or a refused one and a refresh) the form shows what is stored now.
    <ActionForm key={version} action={(form) => updateCounterpartyAction(slug, form)} successMessage={t("saved")}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <RequisitesFields values={values} sources={sources} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
