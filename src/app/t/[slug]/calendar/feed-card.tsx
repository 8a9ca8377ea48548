"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/fields";
import { regenerateCalendarFeedAction } from "./actions";

/** SPEC §8.4: the private URL to subscribe to from another calendar program, and its regeneration. */
export function FeedCard({ slug, url }: { slug: string; url: string | null }) {
  const t = useTranslations("calendar");
  const [current, setCurrent] = useState(url);
  return (
    <ActionForm
      action={(form) => regenerateCalendarFeedAction(slug, form)}
      onSuccess={(data) => setCurrent(data.url)}
      className="space-y-2 text-sm"
    >
      <p className="text-slate-600">{t("feedHint")}</p>
      {current && (
        <input
          readOnly
          value={current}
          aria-label={t("feedUrl")}
          onFocus={(e) => e.target.select()}
          className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
          data-testid="feed-url"
        />
      )}
      {current && <p className="text-xs text-slate-500">{t("feedRegenerateHint")}</p>}
      <SubmitButton variant="secondary" size="sm">
        {current ? t("feedRegenerate") : t("feedCreate")}
      </SubmitButton>
    </ActionForm>
  );
}
