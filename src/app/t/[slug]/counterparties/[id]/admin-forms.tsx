"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { CounterpartyPicker } from "@/components/forms/counterparty-picker";
import { deleteCounterpartyAction, mergeCounterpartiesAction, setCounterpartyArchivedAction } from "../actions";

export function ArchiveForm({
  slug,
  id,
  version,
  archived,
}: {
  slug: string;
  id: string;
  version: number;
  archived: boolean;
}) {
  const t = useTranslations("counterparties.card");
  return (
    <ActionForm action={(form) => setCounterpartyArchivedAction(slug, form)} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <SubmitButton variant="secondary" size="sm">
        {archived ? t("restore") : t("archive")}
      </SubmitButton>
    </ActionForm>
  );
}

/** Only for a counterparty without documents; one with orders is archived instead. */
export function DeleteForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  const t = useTranslations("counterparties.card");
  const router = useRouter();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700">{t("delete")}</summary>
      <p className="mt-2 text-xs text-slate-500">{t("deleteHint")}</p>
      <ActionForm
        action={(form) => deleteCounterpartyAction(slug, form)}
        onSuccess={() => router.push(`/t/${slug}/counterparties`)}
        className="mt-2"
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton variant="danger" size="sm">
          {t("deleteSubmit")}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}

/** Admin only: pick the duplicate; it is folded into this counterparty. */
export function MergeForm({ slug, id }: { slug: string; id: string }) {
  const t = useTranslations("counterparties.card");
  const router = useRouter();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700">{t("merge")}</summary>
      <p className="mt-2 text-xs text-slate-500">{t("mergeHint")}</p>
      <ActionForm
        action={(form) => mergeCounterpartiesAction(slug, form)}
        onSuccess={() => router.refresh()}
        successMessage={t("merged")}
        className="mt-2 grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
      >
        <input type="hidden" name="winnerId" value={id} />
        <CounterpartyPicker slug={slug} name="loserId" label={t("mergeWhich")} excludeId={id} />
        <SubmitButton variant="danger" size="sm">
          {t("mergeSubmit")}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}
