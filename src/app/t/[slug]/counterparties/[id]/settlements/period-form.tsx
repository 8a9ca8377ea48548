import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";

/** A GET form, so the period lands in the URL; says so when the URL's period was unusable and the default shown. */
export async function PeriodForm({ period }: { period: { from: string; to: string; corrected: boolean } }) {
  const t = await getTranslations("settlements");
  return (
    <form method="get" className="mb-4 flex flex-wrap items-center gap-3 text-sm">
      {period.corrected && (
        <p role="status" className="w-full text-amber-700">
          {t("periodCorrected")}
        </p>
      )}
      <label className="flex items-center gap-2">
        {t("from")} <input type="date" name="from" defaultValue={period.from} className={FILTER_CONTROL} />
      </label>
      <label className="flex items-center gap-2">
        {t("to")} <input type="date" name="to" defaultValue={period.to} className={FILTER_CONTROL} />
      </label>
      <button type="submit" className={buttonClass()}>
        {t("show")}
      </button>
    </form>
  );
}
