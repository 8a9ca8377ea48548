import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";

/** Keeps every other query parameter, so a filtered list stays filtered while paging. */
export async function Pagination({ page, pages, searchParams }: { page: number; pages: number; searchParams: Record<string, string | undefined> }) {
  if (pages <= 1) return null;
  const t = await getTranslations("common");
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => !!e[1]));
    params.set("page", String(p));
    return `?${params.toString()}`;
  };
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="pagination">
      <span>{t("page", { page, pages })}</span>
      <div className="flex gap-2">
        {page > 1 && <Link className={buttonClass("secondary", "sm")} href={href(page - 1)}>{t("previous")}</Link>}
        {page < pages && <Link className={buttonClass("secondary", "sm")} href={href(page + 1)}>{t("next")}</Link>}
      </div>
    </nav>
  );
}
