import Link from "next/link";

/** The header's bell: a link to the notifications with the number still unread. */
export function NotificationBell({ href, unread, label }: { href: string; unread: number; label: string }) {
  return (
    <Link href={href} className="relative rounded-md px-2 py-1.5 text-lg leading-none hover:bg-slate-100" aria-label={`${label}: ${unread}`} data-testid="notification-bell">
      <span aria-hidden>🔔</span>
      {unread > 0 && (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
