import { getFormatter } from "next-intl/server";
import type { listNotifications } from "@/server/notifications/list-notifications";
import { BirthdayList, type BirthdayParams } from "./birthday-list";
import { MarkReadForm } from "./mark-read-form";
import { ReminderText, type ReminderParams } from "./reminder-text";

type Notification = Awaited<ReturnType<typeof listNotifications>>[number];

/** One notification with when it came, greyed once read, with the button that marks it read until then. */
export async function NotificationItem({
  slug,
  notification: n,
  timeZone,
}: {
  slug: string;
  notification: Notification;
  timeZone: string;
}) {
  const format = await getFormatter();
  return (
    <li className={`flex items-start justify-between gap-4 py-3 text-sm ${n.readAt ? "text-slate-500" : ""}`}>
      <div>
        <p className="text-xs text-slate-500">
          {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
        </p>
        {n.kind === "INTERACTION_REMINDER" ? (
          <ReminderText link={n.link} params={n.params as ReminderParams} timeZone={timeZone} />
        ) : (
          <BirthdayList slug={slug} params={n.params as BirthdayParams} />
        )}
      </div>
      {!n.readAt && <MarkReadForm slug={slug} id={n.id} />}
    </li>
  );
}
