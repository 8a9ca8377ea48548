import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { getPageContext } from "@/server/page-context";
import { listNotifications } from "@/server/notifications/list-notifications";
import { MarkReadForm } from "./mark-read-form";
import { NotificationItem } from "./notification-item";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The bell's list: interaction reminders and the morning birthday digests, unread first. */
export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getPageContext(slug);
  const [t, notifications] = await Promise.all([getTranslations("notifications"), listNotifications(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} actions={notifications.some((n) => !n.readAt) && <MarkReadForm slug={slug} />} />
      <Card>
        {notifications.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
        <ul className="divide-y divide-slate-100" data-testid="notifications">
          {notifications.map((n) => (
            <NotificationItem key={n.id} slug={slug} notification={n} timeZone={ctx.tenant.timeZone} />
          ))}
        </ul>
      </Card>
    </>
  );
}
