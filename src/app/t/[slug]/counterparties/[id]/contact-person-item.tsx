import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { Badge } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { AddContactInfoForm } from "./contact-info-forms";
import { MovePersonForm } from "./person-forms";
import { PersonContactList } from "./person-contact-list";
import { StoredFieldsForm, type FieldsFormSettings } from "./stored-fields-form";

type Employment = CounterpartyCard["counterparty"]["employments"][number];

/** One person at the company: position, role, contacts; a former employee says where he works now. */
export async function ContactPersonItem({
  slug,
  counterpartyId,
  employment: e,
  fields,
  fieldsForm,
  canEdit,
  canEmail,
}: {
  slug: string;
  counterpartyId: string;
  employment: Employment;
  fields: (FieldDefinition & { id: string })[];
  fieldsForm: FieldsFormSettings;
  canEdit: boolean;
  canEmail: boolean;
}) {
  const [t, tf, format] = await Promise.all([
    getTranslations("counterparties"),
    getTranslations("fields"),
    getFormatter(),
  ]);
  const p = e.contactPerson;
  const now = p.employments[0]?.counterparty;
  return (
    <li className={`rounded-md border border-slate-200 p-3 text-sm ${e.endedOn ? "bg-slate-50 text-slate-500" : ""}`}>
      <p className="font-medium">
        {fullName(p)} {e.position && <span className="font-normal text-slate-500">— {e.position}</span>}{" "}
        <Badge>{t(`person.roles.${p.decisionRole}`)}</Badge>
        {e.endedOn && (
          <span className="ml-2 text-xs">
            ({t("card.formerEmployee")}
            {now && (
              <>
                ,{" "}
                <Link className="underline" href={`/t/${slug}/counterparties/${now.id}`}>
                  {t("card.worksAt", { company: now.name })}
                </Link>
              </>
            )}
            )
          </span>
        )}
      </p>
      {p.birthday && (
        <p className="text-xs text-slate-500">
          {t("person.birthday")}: {format.dateTime(p.birthday, { dateStyle: "long", timeZone: "UTC" })}
        </p>
      )}
      <PersonContactList
        slug={slug}
        counterpartyId={counterpartyId}
        personId={p.id}
        contactInfo={p.contactInfo}
        canEmail={canEmail && !e.endedOn}
      />
      {fields.length > 0 && !e.endedOn && (
        <details className="mt-2" data-testid="person-fields">
          <summary className="cursor-pointer text-xs text-brand-700">{tf("personFields")}</summary>
          <div className="mt-2">
            <StoredFieldsForm of="contactPerson" owner={p} fields={fields} {...fieldsForm} />
          </div>
        </details>
      )}
      {canEdit && !e.endedOn && (
        <>
          <details className="mt-2">
            <summary className="cursor-pointer text-xs text-brand-700">{t("card.addContact")}</summary>
            <div className="mt-2">
              <AddContactInfoForm slug={slug} counterpartyId={counterpartyId} contactPersonId={p.id} />
            </div>
          </details>
          <MovePersonForm slug={slug} contactPersonId={p.id} fromCounterpartyId={counterpartyId} />
        </>
      )}
    </li>
  );
}
