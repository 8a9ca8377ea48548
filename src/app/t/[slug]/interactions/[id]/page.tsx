import { getTranslations } from "next-intl/server";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getInteraction } from "@/server/interactions/get-interaction";
import { orderFormOptions } from "@/server/orders/order-form-options";
import { InteractionHeader } from "./interaction-header";
import { InteractionDetails } from "./interaction-details";
import { CompleteOrRescheduleForms } from "./complete-or-reschedule-forms";
import { EditInteractionCard } from "./edit-interaction-card";

export async function generateMetadata() {
  return { title: (await getTranslations("interactions"))("title") };
}

export default async function InteractionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const { interaction, canWrite } = await orNotFound(getInteraction(ctx, id));
  const options = await orderFormOptions(ctx);
  const { timeZone } = ctx.tenant;
  const planned = interaction.status === "PLANNED";

  return (
    <>
      <InteractionHeader slug={slug} interaction={interaction} role={ctx.role} canCancel={canWrite && planned} />
      <div className="grid gap-6 lg:grid-cols-3">
        <InteractionDetails slug={slug} interaction={interaction} timeZone={timeZone} />
        {canWrite && planned && <CompleteOrRescheduleForms slug={slug} interaction={interaction} timeZone={timeZone} />}
      </div>
      {canWrite && interaction.status !== "CANCELLED" && (
        <EditInteractionCard
          slug={slug}
          interaction={interaction}
          timeZone={timeZone}
          managers={options.managers}
          sources={options.sources}
        />
      )}
    </>
  );
}
