import { getTranslations } from "next-intl/server";
import { localDateTime } from "@/domain/dates/local-time";
import { Card } from "@/components/ui/card";
import { CompleteInteractionForm, RescheduleInteractionForm } from "../status-forms";
import type { InteractionSectionProps } from "./loaded-interaction";

export async function CompleteOrRescheduleForms({ slug, interaction: i, timeZone }: InteractionSectionProps) {
  const t = await getTranslations("interactions");
  return (
    <div className="space-y-6">
      <Card title={t("markDone")}>
        <CompleteInteractionForm slug={slug} id={i.id} version={i.version} content={i.content} />
      </Card>
      <Card title={t("reschedule")}>
        <RescheduleInteractionForm
          slug={slug}
          id={i.id}
          version={i.version}
          plannedAt={i.plannedAt ? localDateTime(i.plannedAt, timeZone) : ""}
        />
      </Card>
    </div>
  );
}
