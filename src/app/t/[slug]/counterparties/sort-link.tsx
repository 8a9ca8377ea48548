import { Link } from "@/components/ui/link";
import { listHref, type ListQuery, type SortColumn } from "@/domain/counterparties/list-query";

/** A column heading that sorts the list by it; a second click on the active column reverses the order. */
export function SortLink({
  base,
  query,
  sort,
  label,
}: {
  base: string;
  query: ListQuery;
  sort: SortColumn;
  label: string;
}) {
  const active = (query.sort ?? "name") === sort && !(query.q && !query.sort);
  const dir = active && query.dir !== "desc" ? "desc" : "asc";
  return (
    <Link
      href={listHref(base, query, { sort, dir })}
      className="inline-flex items-center gap-1 hover:text-brand-700"
      aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}
    >
      {label}
      {active && <span aria-hidden>{query.dir === "desc" ? "↓" : "↑"}</span>}
    </Link>
  );
}
