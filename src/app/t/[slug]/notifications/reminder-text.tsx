import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";

export type ReminderParams = { subject: string; type: string; counterparty: string; plannedAt: string | null };

/** An interaction reminder: what, with whom and when, linked to the interaction when it still exists. */
export async function ReminderText({
  link,
  params: p,
  timeZone,
}: {
  link: string | null;
  params: ReminderParams;
  timeZone: string;
}) {
  const [t, ti, format] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("interactions"),
    getFormatter(),
  ]);
  const text = t("reminder", {
    subject: p.subject,
    counterparty: p.counterparty,
    type: ti(`types.${p.type}` as "types.CALL"),
    when: p.plannedAt
      ? format.dateTime(new Date(p.plannedAt), { dateStyle: "medium", timeStyle: "short", timeZone })
      : "",
  });
  return link ? (
    <Link href={link} className="font-medium text-brand-700 hover:underline">
      {text}
    </Link>
  ) : (
    <p className="font-medium">{text}</p>
  );
}
