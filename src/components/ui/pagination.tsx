import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";

/** Previous/next links; `hrefFor` keeps the page's other URL parameters, so a filtered list stays filtered. */
export async function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("common");
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="pagination">
      <span>{t("page", { page, pages })}</span>
      <div className="flex gap-2">
        {page > 1 && <Link className={buttonClass("secondary", "sm")} href={hrefFor(page - 1)}>{t("previous")}</Link>}
        {page < pages && <Link className={buttonClass("secondary", "sm")} href={hrefFor(page + 1)}>{t("next")}</Link>}
      </div>
    </nav>
  );
}

/** For pages whose URL state is a flat set of query parameters. */
export function searchParamsHref(searchParams: Record<string, string | undefined>) {
  return (page: number) => {
    const params = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => !!e[1]));
    params.set("page", String(page));
    return `?${params.toString()}`;
  };
}
