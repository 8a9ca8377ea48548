"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { markNotificationsReadAction } from "./actions";

/** Marks one notification read, or all of them without an id. */
export function MarkReadForm({ slug, id }: { slug: string; id?: string }) {
  const t = useTranslations("notifications");
  return (
    <ActionForm action={(form) => markNotificationsReadAction(slug, form)} className="inline">
      {id && <input type="hidden" name="id" value={id} />}
      <SubmitButton variant="secondary" size="sm">
        {id ? t("markRead") : t("markAllRead")}
      </SubmitButton>
    </ActionForm>
  );
}
