"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { moveFieldAction, setFieldArchivedAction } from "./actions";

export function FieldRowActions({ slug, id, archived }: { slug: string; id: string; archived: boolean }) {
  const t = useTranslations("fields");
  return (
    <div className="flex flex-wrap gap-1">
      {!archived &&
        (["up", "down"] as const).map((direction) => (
          <ActionForm key={direction} action={(form) => moveFieldAction(slug, form)} className="inline">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="direction" value={direction} />
            <SubmitButton variant="secondary" size="sm">
              <span aria-label={t(direction)}>{direction === "up" ? "↑" : "↓"}</span>
            </SubmitButton>
          </ActionForm>
        ))}
      <ActionForm action={(form) => setFieldArchivedAction(slug, form)} className="inline">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <SubmitButton variant={archived ? "secondary" : "danger"} size="sm">
          {archived ? t("restore") : t("archive")}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
