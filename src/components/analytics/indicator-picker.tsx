import { getTranslations } from "next-intl/server";
import { INDICATORS, type Indicator } from "@/domain/kpi/indicators";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";

/** The indicators to show, as checkboxes of the page's GET form (`show=…` once per indicator). */
export async function IndicatorPicker({ shown }: { shown: Indicator[] }) {
  const t = await getTranslations("kpi");
  return (
    <details className="relative">
      <summary className={`${FILTER_CONTROL} cursor-pointer list-none`}>
        {t("indicatorsLabel")}: {shown.length}
      </summary>
      <fieldset className="absolute z-10 mt-1 grid w-72 gap-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{t("indicatorsLabel")}</legend>
        {INDICATORS.map((i) => (
          <label key={i} className="flex items-center gap-2">
            <input type="checkbox" name="show" value={i} defaultChecked={shown.includes(i)} />
            {t(`indicators.${i}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** `show` as the URL has it: once, several times, or as a comma list. */
export function showParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}
