import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { AddContactInfoForm, RemoveContactInfoButton } from "./contact-info-forms";

/** The company's own phones, e-mails and sites (its people's are with each person). */
export async function ContactInfoCard({ slug, card }: { slug: string; card: CounterpartyCard }) {
  const t = await getTranslations("counterparties");
  const c = card.counterparty;
  return (
    <Card title={t("card.contactInfo")}>
      {c.contactInfo.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("card.noContactInfo")}</p>}
      <ul className="mb-4 divide-y divide-slate-100" data-testid="contact-info">
        {c.contactInfo.map((ci) => (
          <li key={ci.id} className="flex items-center justify-between gap-2 py-2 text-sm">
            <span>
              <span className="text-slate-500">
                {t(`contactTypes.${ci.type}`)}
                {ci.label ? ` (${ci.label})` : ""}:
              </span>{" "}
              <span className="font-medium">{ci.value}</span>{" "}
              {ci.isPrimary && <Badge tone="green">{t("card.primary")}</Badge>}
            </span>
            {card.canEdit && <RemoveContactInfoButton slug={slug} counterpartyId={c.id} id={ci.id} />}
          </li>
        ))}
      </ul>
      {card.canEdit && <AddContactInfoForm slug={slug} counterpartyId={c.id} />}
    </Card>
  );
}
