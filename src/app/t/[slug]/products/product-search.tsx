import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ListSearchForm } from "@/components/lists/list-search-form";

export async function ProductSearch({
  base,
  q,
  includeInactive,
}: {
  base: string;
  q: string | undefined;
  includeInactive: boolean;
}) {
  const t = await getTranslations("products");
  return (
    <ListSearchForm
      action={base}
      className="mb-4 flex flex-wrap gap-3 rounded-lg border border-slate-200 bg-white p-3"
      q={q}
      searchLabel={t("searchPlaceholder")}
      searchClassName="min-w-64 flex-1"
    >
      <label className="flex items-center gap-2 text-sm text-slate-600">
        <input type="checkbox" name="inactive" value="1" defaultChecked={includeInactive} /> {t("showInactive")}
      </label>
      <button type="submit" className={buttonClass()}>
        {t("find")}
      </button>
    </ListSearchForm>
  );
}
