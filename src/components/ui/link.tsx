"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: client-side navigation, without prefetching. Next prefetches every link that scrolls into view,
 * and every page here is rendered per user: the counterparty list's 50 rows and the menu made 75 requests to the
 * server per view, the agenda 193, about 20 times the page's own cost (ADR 0018). A click fetches the page then.
 * A client component, so that `prefetch: false` is not written into the page's payload once per link.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
