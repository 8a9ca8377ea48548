import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { addHours, startOfHour } from "date-fns";
import { localDateTime } from "@/domain/dates/local-time";
import { INTERACTION_TYPES } from "@/domain/interactions/interaction-input";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { newInteractionOptions } from "@/server/interactions/interaction-form-options";
import { createInteractionAction } from "../actions";
import { InteractionForm } from "../interaction-form";

export async function generateMetadata() {
  return { title: (await getTranslations("interactions"))("new") };
}

type Search = { counterparty?: string; order?: string; person?: string; type?: string };

/** Plan or log a contact: from the card, an order, the calendar or the header's "new interaction". */
export default async function NewInteractionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const search = await searchParams;
  const ctx = await requirePagePermission(slug, "interaction.write");
  const [t, options] = await Promise.all([
    getTranslations("interactions"),
    orNotFound(
      newInteractionOptions(ctx, {
        counterpartyId: search.counterparty?.slice(0, 64),
        orderId: search.order?.slice(0, 64),
      }),
    ),
  ]);
  const type = (INTERACTION_TYPES as readonly string[]).includes(search.type ?? "") ? search.type! : "CALL";
  const personId = search.person ?? options.order?.contactPersonId ?? "";
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <InteractionForm
          slug={slug}
          action={createInteractionAction.bind(null, slug)}
          hidden={{ idempotencyKey: randomUUID() }}
          managers={options.managers}
          sources={options.sources}
          mode="new"
          submitLabel={t("save")}
          values={{
            counterparty: options.counterparty,
            contactPersonId: options.counterparty?.persons.some((p) => p.id === personId) ? personId : "",
            responsibleUserId: ctx.user.id,
            orderId: options.order?.id ?? "",
            orderLabel: options.order ? t("aboutOrder", { number: options.order.number }) : null,
            sourceId: "",
            type,
            direction: "OUTGOING",
            importance: "NORMAL",
            subject: options.order ? t("orderSubject", { number: options.order.number }) : "",
            content: "",
            at: localDateTime(startOfHour(addHours(new Date(), 1)), ctx.tenant.timeZone),
            remindAt: "",
            durationMinutes: "",
          }}
        />
      </Card>
    </>
  );
}
