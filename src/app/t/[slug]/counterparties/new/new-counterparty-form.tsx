"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import type { DuplicateCandidate } from "@/server/counterparties/find-duplicates";
import { createCounterpartyAction } from "../actions";
import { RequisitesFields } from "../requisites-fields";

export function NewCounterpartyForm({ slug, sources }: { slug: string; sources: { id: string; name: string }[] }) {
  const t = useTranslations("counterparties");
  const router = useRouter();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  return (
    <ActionForm
      action={(form) => createCounterpartyAction(slug, form)}
      onSuccess={(result) => {
        if (result.id) router.push(`/t/${slug}/counterparties/${result.id}`);
        else setDuplicates(result.duplicates);
      }}
    >
      <RequisitesFields sources={sources} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="phone" type="tel" label={t("phone")} maxLength={50} />
        <TextField name="email" type="email" label={t("email")} maxLength={254} />
      </div>
      {duplicates.length > 0 && (
        <div
          role="alert"
          data-testid="duplicates"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p className="font-medium">{t("duplicatesTitle")}</p>
          <p className="mb-2">{t("duplicatesText")}</p>
          <ul className="mb-3 list-disc pl-5">
            {duplicates.map((d, i) => (
              <li key={d.id ?? `hidden-${i}`}>
                {d.id ? (
                  <Link href={`/t/${slug}/counterparties/${d.id}`} className="font-medium underline" target="_blank">
                    {d.name}
                  </Link>
                ) : (
                  <span className="font-medium">{t("duplicateOfColleague")}</span>
                )}{" "}
                — {t(`duplicateReasons.${d.reason}`)}
              </li>
            ))}
          </ul>
          <input type="hidden" name="confirmed" value="yes" />
        </div>
      )}
      <SubmitButton>{duplicates.length ? t("createAnyway") : t("new")}</SubmitButton>
    </ActionForm>
  );
}
