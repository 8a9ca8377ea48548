import { Link } from "@/components/ui/link";

/** The header's bell: a link to the notifications with the number still unread. */
export function NotificationBell({ href, unread, label }: { href: string; unread: number; label: string }) {
  return (
    <Link
      href={href}
      className="relative rounded-md p-1.5 text-slate-600 hover:bg-slate-100"
      aria-label={`${label}: ${unread}`}
      data-testid="notification-bell"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white"
          data-testid="unread-count"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
