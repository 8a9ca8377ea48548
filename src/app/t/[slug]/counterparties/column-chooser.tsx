"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { setListColumnsAction } from "./actions";

/** Which columns this user sees in the list; remembered for him in this company. */
export function ColumnChooser({
  slug,
  available,
  chosen,
}: {
  slug: string;
  available: { value: string; label: string }[];
  chosen: string[];
}) {
  const t = useTranslations("counterparties");
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {t("chooseColumns")}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <ActionForm action={(form) => setListColumnsAction(slug, form)} className="space-y-2">
          {available.map((c) => (
            <label key={c.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="columns" value={c.value} defaultChecked={chosen.includes(c.value)} />
              {c.label}
            </label>
          ))}
          <SubmitButton size="sm">{t("applyColumns")}</SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}
