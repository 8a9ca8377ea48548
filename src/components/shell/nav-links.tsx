"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** Home matches only itself; other items match their subtree too. */
  exact?: boolean;
}

export function NavLinks({ items, heading }: { items: NavItem[]; heading?: string }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  return (
    <div className="mb-4">
      {heading && <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-400">{heading}</p>}
      <ul className="space-y-0.5">
        {items.map((item) => {
          const active = item.exact
            ? pathname === item.href
            : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
