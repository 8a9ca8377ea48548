import { getTranslations } from "next-intl/server";

/** The indicator names in the URL that the page did not know and left out. */
export async function IgnoredIndicatorsNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations("kpi");
  return (
    <p role="status" className="mb-4 text-sm text-amber-700">
      {t("ignoredIndicators", { names: ignored.join(", ") })}
    </p>
  );
}
