import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { AddPersonForm } from "./person-forms";
import { ContactPersonItem } from "./contact-person-item";
import type { FieldsFormSettings } from "./stored-fields-form";

/** The people who work at the company, then those who used to. */
export async function ContactPersonsCard({
  slug,
  card,
  fields,
  fieldsForm,
  canEmail,
}: {
  slug: string;
  card: CounterpartyCard;
  /** The contact persons' admin-designed fields this role may see. */
  fields: (FieldDefinition & { id: string })[];
  fieldsForm: FieldsFormSettings;
  canEmail: boolean;
}) {
  const t = await getTranslations("counterparties");
  const c = card.counterparty;
  const current = c.employments.filter((e) => !e.endedOn);
  const former = c.employments.filter((e) => e.endedOn);
  return (
    <Card title={t("card.people")}>
      {c.employments.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("card.noPeople")}</p>}
      <ul className="mb-4 space-y-3" data-testid="contact-persons">
        {[...current, ...former].map((e) => (
          <ContactPersonItem
            key={e.id}
            slug={slug}
            counterpartyId={c.id}
            employment={e}
            fields={fields}
            fieldsForm={fieldsForm}
            canEdit={card.canEdit}
            canEmail={canEmail}
          />
        ))}
      </ul>
      {card.canEdit && (
        <details data-testid="add-person">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("card.addPerson")}</summary>
          <div className="mt-3">
            <AddPersonForm slug={slug} counterpartyId={c.id} />
          </div>
        </details>
      )}
    </Card>
  );
}
