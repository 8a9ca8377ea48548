import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";

/**
 * The GET form above every analytic page: the period, the page's own filters (children), and a notice when the
 * period in the URL was unusable and the default was shown instead. A report without a period leaves out
 * `from` and `to`.
 */
export async function PeriodFilter({
  from,
  to,
  corrected,
  children,
  exportHref,
}: {
  from?: string;
  to?: string;
  corrected?: boolean;
  children?: ReactNode;
  exportHref?: string;
}) {
  const t = await getTranslations("analytics");
  return (
    <form
      method="get"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label={t("filters")}
    >
      {corrected && (
        <p role="status" className="w-full text-amber-700">
          {t("periodCorrected")}
        </p>
      )}
      {from !== undefined && to !== undefined && (
        <>
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-500">{t("from")}</span>
            <input type="date" name="from" defaultValue={from} className={FILTER_CONTROL} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-xs text-slate-500">{t("to")}</span>
            <input type="date" name="to" defaultValue={to} className={FILTER_CONTROL} />
          </label>
        </>
      )}
      {children}
      <button type="submit" className={buttonClass()}>
        {t("show")}
      </button>
      {exportHref && (
        <a href={exportHref} className={`${buttonClass("secondary")} ml-auto`} download>
          {t("exportCsv")}
        </a>
      )}
    </form>
  );
}

/** A labelled control inside PeriodFilter. */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-xs text-slate-500">{label}</span>
      {children}
    </label>
  );
}
