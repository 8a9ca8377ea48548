"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { runClassificationAction } from "./actions";

export function RunClassificationForm({ slug }: { slug: string }) {
  const t = useTranslations("classification");
  return (
    <ActionForm
      action={(form) => runClassificationAction(slug, form)}
      successMessage={(r) =>
        r.noSales ? t("ranNoSales") : t("ran", { changes: r.changes, seconds: (r.durationMs / 1000).toFixed(1) })
      }
      className="space-y-2"
    >
      <SubmitButton>{t("runNow")}</SubmitButton>
    </ActionForm>
  );
}
