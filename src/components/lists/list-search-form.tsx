import type { ReactNode } from "react";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";

/** A list's GET form, free-text search (`q`) first: what it filters lands in the URL, so the list can be shared. */
export function ListSearchForm({
  action,
  className,
  q,
  searchLabel,
  searchClassName,
  children,
}: {
  action: string;
  className: string;
  q: string | undefined;
  searchLabel: string;
  searchClassName: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" className={className}>
      <input
        type="search"
        name="q"
        defaultValue={q}
        placeholder={searchLabel}
        aria-label={searchLabel}
        className={`${FILTER_CONTROL} ${searchClassName}`}
      />
      {children}
    </form>
  );
}
