import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { localDateTime } from "@/domain/dates/local-time";
import { importanceMark } from "@/domain/calendar/event-colour";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getInteraction } from "@/server/interactions/get-interaction";
import { orderFormOptions } from "@/server/orders/order-form-options";
import { updateInteractionAction } from "../actions";
import { InteractionForm } from "../interaction-form";
import { CancelInteractionForm, CompleteInteractionForm, RescheduleInteractionForm } from "../status-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("interactions"))("title") };
}

const STATUS_TONE = { PLANNED: "blue", DONE: "green", CANCELLED: "slate" } as const;

export default async function InteractionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const { interaction: i, canWrite } = await orNotFound(getInteraction(ctx, id));
  const [t, format, options] = await Promise.all([
    getTranslations("interactions"),
    getFormatter(),
    orderFormOptions(ctx),
  ]);
  const zone = ctx.tenant.timeZone;
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: zone }) : "—";
  const planned = i.status === "PLANNED";
  const emailHref = `/t/${slug}/emails/new?interaction=${i.id}`;
  const facts: [string, React.ReactNode][] = [
    [
      t("counterparty"),
      <Link key="c" href={`/t/${slug}/counterparties/${i.counterparty.id}`} className="text-brand-700 hover:underline">
        {i.counterparty.name}
      </Link>,
    ],
    [t("contactPerson"), i.contactPerson ? fullName(i.contactPerson) : "—"],
    [t("responsible"), i.responsible.user.name],
    [t("direction"), t(`directions.${i.direction}`)],
    [t("plannedAt"), when(i.plannedAt)],
    [t("startedAt"), when(i.startedAt)],
    ...(i.remindAt ? [[t("remindAt"), when(i.remindAt)] as [string, string]] : []),
    ...(i.durationMinutes !== null ? [[t("durationMinutes"), String(i.durationMinutes)] as [string, string]] : []),
    ...(i.source ? [[t("source"), i.source.name] as [string, string]] : []),
    ...(i.order
      ? [
          [
            t("order"),
            <Link key="o" href={`/t/${slug}/orders/${i.order.id}`} className="text-brand-700 hover:underline">
              № {i.order.number}
            </Link>,
          ] as [string, React.ReactNode],
        ]
      : []),
    ...(i.email ? [[t("emailTo"), `${i.email.to}${i.email.cc ? `, ${i.email.cc}` : ""}`] as [string, string]] : []),
  ];

  return (
    <>
      <PageHeader
        title={`${importanceMark(i.importance)} ${i.subject}`.trim()}
        subtitle={
          <span className="inline-flex flex-wrap gap-1">
            <Badge tone={STATUS_TONE[i.status]}>{t(`statuses.${i.status}`)}</Badge>
            <Badge>{t(`types.${i.type}`)}</Badge>
            {i.importance !== "NORMAL" && (
              <Badge tone={i.importance === "HIGH" ? "red" : "slate"}>{t(`importances.${i.importance}`)}</Badge>
            )}
            {i.email && (
              <Badge tone={i.email.status === "FAILED" ? "red" : i.email.status === "SENT" ? "green" : "amber"}>
                {t(`emailStatuses.${i.email.status}`)}
              </Badge>
            )}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {can(ctx.role, "email.send") && (
              <Link href={emailHref} className={buttonClass("secondary")}>
                {t("writeEmail")}
              </Link>
            )}
            {canWrite && planned && <CancelInteractionForm slug={slug} id={i.id} version={i.version} />}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("details")} className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {i.content && <p className="mt-4 whitespace-pre-line text-sm">{i.content}</p>}
          {i.email?.error && <p className="mt-4 text-sm text-red-700">{i.email.error}</p>}
        </Card>
        {canWrite && planned && (
          <div className="space-y-6">
            <Card title={t("markDone")}>
              <CompleteInteractionForm slug={slug} id={i.id} version={i.version} content={i.content} />
            </Card>
            <Card title={t("reschedule")}>
              <RescheduleInteractionForm
                slug={slug}
                id={i.id}
                version={i.version}
                plannedAt={i.plannedAt ? localDateTime(i.plannedAt, zone) : ""}
              />
            </Card>
          </div>
        )}
      </div>
      {canWrite && i.status !== "CANCELLED" && (
        <Card title={t("edit")} className="mt-6">
          <InteractionForm
            slug={slug}
            action={updateInteractionAction.bind(null, slug)}
            hidden={{ id: i.id, version: String(i.version) }}
            managers={options.managers}
            sources={options.sources}
            mode={planned ? "planned" : "done"}
            submitLabel={t("save")}
            values={{
              counterparty: {
                id: i.counterparty.id,
                label: i.counterparty.name,
                hint: i.counterparty.taxId,
                persons: i.counterparty.employments.map((e) => ({
                  id: e.contactPerson.id,
                  name: fullName(e.contactPerson),
                })),
              },
              contactPersonId: i.contactPersonId ?? "",
              responsibleUserId: i.responsibleUserId,
              orderId: i.orderId ?? "",
              orderLabel: i.order ? t("aboutOrder", { number: i.order.number }) : null,
              sourceId: i.sourceId ?? "",
              type: i.type,
              direction: i.direction,
              importance: i.importance,
              subject: i.subject,
              content: i.content ?? "",
              at: localDateTime(i.at, zone),
              remindAt: i.remindAt ? localDateTime(i.remindAt, zone) : "",
              durationMinutes: i.durationMinutes?.toString() ?? "",
            }}
          />
        </Card>
      )}
    </>
  );
}
