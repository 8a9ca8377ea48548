import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { listOutbox } from "@/server/mail/list-outbox";

const TONES = { KEPT: "amber", QUEUED: "blue", SENT: "green", FAILED: "red" } as const;

export default async function OutboxPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "outbox.read");
  const [t, format, messages] = await Promise.all([getTranslations("admin.outbox"), getFormatter(), listOutbox(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <ul className="space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="outbox-message">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                <span className="text-slate-500">{t("to")}:</span> <span className="font-medium">{m.to}</span>
              </span>
              <span className="flex items-center gap-2 text-xs text-slate-500">
                {format.dateTime(m.createdAt, {
                  dateStyle: "short",
                  timeStyle: "short",
                  timeZone: ctx.tenant.timeZone,
                })}
                <Badge tone={TONES[m.status]}>{t(`statuses.${m.status}`)}</Badge>
              </span>
            </div>
            <p className="mt-1 font-medium">{m.subject}</p>
            {/* Plain text on purpose: nothing user-typed is ever rendered as HTML. */}
            <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-700">{m.bodyText}</pre>
            {m.error && <p className="mt-2 text-xs text-red-600">{m.error}</p>}
          </li>
        ))}
      </ul>
      {messages.length === 0 && <p className="text-sm text-slate-500">{t("title")}: 0</p>}
    </>
  );
}
