import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";
import { getPageContext, getPageUserTenants } from "@/server/page-context";
import { countUnreadNotifications } from "@/server/notifications/count-unread-notifications";
import { NotificationBell } from "@/components/shell/notification-bell";

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const ctx = await getPageContext(slug);
  const [t, tenants, unread] = await Promise.all([
    getTranslations("nav"),
    getPageUserTenants(),
    countUnreadNotifications(ctx),
  ]);
  const base = `/t/${slug}`;
  const main: NavItem[] = [
    { href: base, label: t("home"), exact: true },
    { href: `${base}/calendar`, label: t("calendar") },
    { href: `${base}/counterparties`, label: t("counterparties") },
    ...(can(ctx.role, "order.read") ? [{ href: `${base}/orders`, label: t("orders") }] : []),
    ...(can(ctx.role, "product.read") ? [{ href: `${base}/products`, label: t("products") }] : []),
  ];
  const analytics: NavItem[] = [
    ...(can(ctx.role, "kpi.read") ? [{ href: `${base}/analytics/managers`, label: t("managers") }] : []),
    ...(can(ctx.role, "kpi.readAll") ? [{ href: `${base}/analytics/rating`, label: t("rating") }] : []),
    ...(can(ctx.role, "reports.read") ? [{ href: `${base}/analytics/client-base`, label: t("clientBase") }] : []),
    ...(can(ctx.role, "classification.read")
      ? [{ href: `${base}/analytics/classification`, label: t("classification") }]
      : []),
    ...(can(ctx.role, "reports.read") ? [{ href: `${base}/analytics/reports`, label: t("reports") }] : []),
  ];
  const admin: NavItem[] = [
    ...(can(ctx.role, "member.read") ? [{ href: `${base}/admin/users`, label: t("users") }] : []),
    ...(can(ctx.role, "fields.manage") ? [{ href: `${base}/admin/fields`, label: t("fields") }] : []),
    ...(can(ctx.role, "lists.manage") ? [{ href: `${base}/admin/lists`, label: t("lists") }] : []),
    ...(can(ctx.role, "tenant.updateSettings") ? [{ href: `${base}/admin/settings`, label: t("settings") }] : []),
    ...(can(ctx.role, "tenant.updateSettings") ? [{ href: `${base}/admin/mail`, label: t("mail") }] : []),
    ...(can(ctx.role, "audit.read") ? [{ href: `${base}/admin/audit`, label: t("audit") }] : []),
    ...(can(ctx.role, "outbox.read") ? [{ href: `${base}/admin/outbox`, label: t("outbox") }] : []),
  ];
  const nav = (
    <>
      <NavLinks items={main} />
      <NavLinks items={analytics} heading={t("analytics")} />
      <NavLinks items={admin} heading={t("admin")} />
    </>
  );
  return (
    <div className="min-h-screen md:flex">
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white px-3 py-4 md:block">
        <p className="mb-6 truncate px-3 text-base font-semibold text-brand-700" data-testid="tenant-name">
          {ctx.tenant.name}
        </p>
        <nav aria-label={t("menu")}>{nav}</nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2">
          <details className="md:hidden">
            <summary className="cursor-pointer list-none rounded-md px-2 py-1.5 text-sm font-medium hover:bg-slate-100">
              ☰ {ctx.tenant.name}
            </summary>
            <nav
              aria-label={t("menu")}
              className="absolute left-0 right-0 z-20 mt-2 border-b border-slate-200 bg-white p-3 shadow"
            >
              {nav}
            </nav>
          </details>
          <span className="hidden md:block" />
          <div className="flex items-center gap-2">
            {can(ctx.role, "interaction.write") && (
              <Link
                href={`${base}/interactions/new`}
                className="rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-100"
              >
                + {t("newInteraction")}
              </Link>
            )}
            <NotificationBell href={`${base}/notifications`} unread={unread} label={t("notifications")} />
          </div>
          <UserMenu
            userName={ctx.user.name}
            email={ctx.user.email}
            locale={ctx.user.locale}
            tenants={tenants}
            currentSlug={slug}
          />
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">{children}</main>
      </div>
    </div>
  );
}
