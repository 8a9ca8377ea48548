"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/server/actions/action-result";

/** Sends the file to the shared upload route and opens the new job's mapping and preview. */
export function ImportUploadForm({ slug, target }: { slug: string; target: string }) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const response = await fetch(`/t/${slug}/imports/upload?target=${target}`, { method: "POST", body: form });
          const result = (await response.json().catch(() => null)) as ActionResult<{ id: string }> | null;
          if (result?.ok) router.push(`/t/${slug}/imports/${result.data.id}`);
          else setError(result ? (result.fieldErrors.file ?? result.message) : t("uploadFailed"));
        });
      }}
    >
      <label className="text-sm font-medium text-slate-700">
        {t("file")}
        <input
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          className="mt-1 block text-sm"
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {t("upload")}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-600">
          {error}
        </p>
      )}
    </form>
  );
}
