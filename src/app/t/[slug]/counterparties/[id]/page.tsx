import { can } from "@/domain/auth/permissions";
import { canSeeField } from "@/domain/custom-fields/field-definition";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { CardHeader } from "./card-header";
import { OrdersPanel } from "./orders-panel";
import { InteractionsPanel } from "./interactions-panel";
import { ContactInfoCard } from "./contact-info-card";
import { ContactPersonsCard } from "./contact-persons-card";
import { CustomFieldsCard } from "./custom-fields-card";
import { SupplierCard } from "./supplier-card";
import { RequisitesCard } from "./requisites-card";
import { ClassificationPanel } from "./classification-panel";
import { TimelineCard } from "./timeline-card";

export default async function CounterpartyCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ history?: string }>;
}) {
  const { slug, id } = await params;
  const historyPage = Math.max(1, Math.min(10_000, Number((await searchParams).history) || 1));
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const [card, options, definitions, personDefinitions] = await Promise.all([
    orNotFound(getCounterpartyCard(ctx, id, historyPage)),
    listFormOptions(ctx),
    listFieldDefinitions(ctx),
    listFieldDefinitions(ctx, { entity: "CONTACT_PERSON" }),
  ]);
  const fields = definitions.filter((f) => canSeeField(f, ctx.role));
  const personFields = personDefinitions.filter((f) => canSeeField(f, ctx.role));
  const fieldsForm = { slug, users: options.managers, role: ctx.role, canEdit: card.canEdit };
  const { timeZone, currency } = ctx.tenant;
  const c = card.counterparty;

  return (
    <>
      <CardHeader
        slug={slug}
        card={card}
        canArchive={can(ctx.role, "counterparty.archive")}
        canMerge={can(ctx.role, "counterparty.merge")}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-6">
          {can(ctx.role, "order.read") && (
            <OrdersPanel
              slug={slug}
              counterpartyId={c.id}
              card={card}
              currency={currency}
              canCreate={card.canEdit && can(ctx.role, "order.write")}
            />
          )}
          <InteractionsPanel
            slug={slug}
            counterpartyId={c.id}
            card={card}
            timeZone={timeZone}
            canPlan={can(ctx.role, "interaction.write") && !c.archived}
            canEmail={can(ctx.role, "email.send")}
          />
          <ContactInfoCard slug={slug} card={card} />
          <ContactPersonsCard
            slug={slug}
            card={card}
            fields={personFields}
            fieldsForm={fieldsForm}
            canEmail={can(ctx.role, "email.send")}
          />
          {fields.length > 0 && <CustomFieldsCard card={card} fields={fields} fieldsForm={fieldsForm} />}
          {c.isSupplier && <SupplierCard slug={slug} card={card} currency={currency} />}
          <RequisitesCard slug={slug} card={card} sources={options.sources} />
        </div>
        <ClassificationPanel
          slug={slug}
          card={card}
          timeZone={timeZone}
          canOverride={can(ctx.role, "classification.override")}
        />
        <TimelineCard slug={slug} card={card} historyPage={historyPage} timeZone={timeZone} currency={currency} />
      </div>
    </>
  );
}
