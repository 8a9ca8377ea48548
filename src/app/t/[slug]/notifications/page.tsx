import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { getPageContext } from "@/server/page-context";
import { listNotifications } from "@/server/notifications/list-notifications";
import { MarkReadForm } from "./mark-read-form";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

type ReminderParams = { subject: string; type: string; counterparty: string; plannedAt: string | null };
type BirthdayParams = {
  people: { id: string; name: string; inDays: number; counterpartyId: string; counterparty: string }[];
};

/** The bell's list: interaction reminders and the morning birthday digests, unread first. */
export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await getPageContext(slug);
  const [t, ti, format, notifications] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("interactions"),
    getFormatter(),
    listNotifications(ctx),
  ]);
  const when = (iso: string | null) =>
    iso
      ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone })
      : "";
  return (
    <>
      <PageHeader title={t("title")} actions={notifications.some((n) => !n.readAt) && <MarkReadForm slug={slug} />} />
      <Card>
        {notifications.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
        <ul className="divide-y divide-slate-100" data-testid="notifications">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`flex items-start justify-between gap-4 py-3 text-sm ${n.readAt ? "text-slate-500" : ""}`}
            >
              <div>
                <p className="text-xs text-slate-500">
                  {format.dateTime(n.createdAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: ctx.tenant.timeZone,
                  })}
                </p>
                {n.kind === "INTERACTION_REMINDER" ? (
                  <ReminderText
                    link={n.link}
                    params={n.params as ReminderParams}
                    text={(p) =>
                      t("reminder", {
                        subject: p.subject,
                        counterparty: p.counterparty,
                        type: ti(`types.${p.type}` as "types.CALL"),
                        when: when(p.plannedAt),
                      })
                    }
                  />
                ) : (
                  <BirthdayList
                    slug={slug}
                    params={n.params as BirthdayParams}
                    heading={t("birthdays")}
                    line={(p) => t("birthdayLine", { name: p.name, counterparty: p.counterparty, inDays: p.inDays })}
                  />
                )}
              </div>
              {!n.readAt && <MarkReadForm slug={slug} id={n.id} />}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

function ReminderText({
  link,
  params,
  text,
}: {
  link: string | null;
  params: ReminderParams;
  text: (p: ReminderParams) => string;
}) {
  return link ? (
    <Link href={link} className="font-medium text-brand-700 hover:underline">
      {text(params)}
    </Link>
  ) : (
    <p className="font-medium">{text(params)}</p>
  );
}

function BirthdayList({
  slug,
  params,
  heading,
  line,
}: {
  slug: string;
  params: BirthdayParams;
  heading: string;
  line: (p: BirthdayParams["people"][number]) => string;
}) {
  return (
    <>
      <p className="font-medium">{heading}</p>
      <ul className="ml-4 list-disc">
        {params.people.map((p) => (
          <li key={p.id}>
            <Link href={`/t/${slug}/counterparties/${p.counterpartyId}`} className="hover:underline">
              {line(p)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
