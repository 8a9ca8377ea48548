import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { Card } from "@/components/ui/card";
import type { InteractionSectionProps } from "./loaded-interaction";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export async function InteractionDetails({ slug, interaction: i, timeZone }: InteractionSectionProps) {
  const [t, format] = await Promise.all([getTranslations("interactions"), getFormatter()]);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }) : "—";
  return (
    <Card title={t("details")} className="lg:col-span-2">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <Fact label={t("counterparty")}>
          <Link href={`/t/${slug}/counterparties/${i.counterparty.id}`} className="text-brand-700 hover:underline">
            {i.counterparty.name}
          </Link>
        </Fact>
        <Fact label={t("contactPerson")}>{i.contactPerson ? fullName(i.contactPerson) : "—"}</Fact>
        <Fact label={t("responsible")}>{i.responsible.user.name}</Fact>
        <Fact label={t("direction")}>{t(`directions.${i.direction}`)}</Fact>
        <Fact label={t("plannedAt")}>{when(i.plannedAt)}</Fact>
        <Fact label={t("startedAt")}>{when(i.startedAt)}</Fact>
        {i.remindAt && <Fact label={t("remindAt")}>{when(i.remindAt)}</Fact>}
        {i.durationMinutes !== null && <Fact label={t("durationMinutes")}>{String(i.durationMinutes)}</Fact>}
        {i.source && <Fact label={t("source")}>{i.source.name}</Fact>}
        {i.order && (
          <Fact label={t("order")}>
            <Link href={`/t/${slug}/orders/${i.order.id}`} className="text-brand-700 hover:underline">
              № {i.order.number}
            </Link>
          </Fact>
        )}
        {i.email && <Fact label={t("emailTo")}>{`${i.email.to}${i.email.cc ? `, ${i.email.cc}` : ""}`}</Fact>}
      </dl>
      {i.content && <p className="mt-4 whitespace-pre-line text-sm">{i.content}</p>}
      {i.email?.error && <p className="mt-4 text-sm text-red-700">{i.email.error}</p>}
    </Card>
  );
}
