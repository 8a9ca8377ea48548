import { getTranslations } from "next-intl/server";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { localDateTime } from "@/domain/dates/local-time";
import { Card } from "@/components/ui/card";
import { updateInteractionAction } from "../actions";
import { InteractionForm } from "../interaction-form";
import type { InteractionSectionProps } from "./loaded-interaction";

export async function EditInteractionCard({
  slug,
  interaction: i,
  timeZone,
  managers,
  sources,
}: InteractionSectionProps & {
  managers: { id: string; name: string }[] | null;
  sources: { id: string; name: string }[];
}) {
  const t = await getTranslations("interactions");
  return (
    <Card title={t("edit")} className="mt-6">
      <InteractionForm
        slug={slug}
        action={updateInteractionAction.bind(null, slug)}
        hidden={{ id: i.id, version: String(i.version) }}
        managers={managers}
        sources={sources}
        mode={i.status === "PLANNED" ? "planned" : "done"}
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
          at: localDateTime(i.at, timeZone),
          remindAt: i.remindAt ? localDateTime(i.remindAt, timeZone) : "",
          durationMinutes: i.durationMinutes?.toString() ?? "",
        }}
      />
    </Card>
  );
}
