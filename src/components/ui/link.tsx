"use client";

import NextLink, { useLinkStatus } from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: client-side navigation, without prefetching. Next prefetches every link that scrolls into view,
 * and every page here is rendered per user: the counterparty list's 50 rows and the menu made 75 requests to the
 * server per view, the agenda 193, about 20 times the page's own cost (ADR 0018). A click fetches the page then,
 * and a bar at the top of the window shows that it is on its way.
 * A client component, so that `prefetch: false` is not written into the page's payload once per link.
 */
export function Link({ children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={false} {...props}>
      {children}
      <NavigationPending />
    </NextLink>
  );
}

/** Shown while the clicked link's page is being fetched: without a prefetch, the old page stays until it arrives. */
function NavigationPending() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span
      aria-hidden
      data-testid="navigation-pending"
      className="fixed inset-x-0 top-0 z-50 h-0.5 animate-pulse bg-brand-600"
    />
  ) : null;
}
