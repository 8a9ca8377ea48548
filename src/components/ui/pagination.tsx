import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";

/** Previous/next links; `hrefFor` keeps the page's other URL parameters, so a filtered list stays filtered. */
export async function Pagination({
  page,
  pages,
  hasNext,
  hrefFor,
}: {
  page: number;
  pages?: number;
  hasNext?: boolean;
  hrefFor: (page: number) => string;
}) {
  // Without a total (long histories are not counted), "next" comes from whether one more row exists.
  const next = pages === undefined ? Boolean(hasNext) : page < pages;
  if (page <= 1 && !next) return null;
  const t = await getTranslations("common");
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="pagination">
      <span>{pages === undefined ? t("pageOnly", { page }) : t("page", { page, pages })}</span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={buttonClass("secondary", "sm")} href={hrefFor(page - 1)}>
            {t("previous")}
          </Link>
        )}
        {next && (
          <Link className={buttonClass("secondary", "sm")} href={hrefFor(page + 1)}>
            {t("next")}
          </Link>
        )}
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
