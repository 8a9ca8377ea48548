import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";

type ContactInfo = CounterpartyCard["counterparty"]["employments"][number]["contactPerson"]["contactInfo"][number];

/** A person's phones and e-mails, an e-mail with a link to write to him from the CRM. */
export async function PersonContactList({
  slug,
  counterpartyId,
  personId,
  contactInfo,
  canEmail,
}: {
  slug: string;
  counterpartyId: string;
  personId: string;
  contactInfo: ContactInfo[];
  canEmail: boolean;
}) {
  const [t, ti] = await Promise.all([getTranslations("counterparties"), getTranslations("interactions")]);
  return (
    <ul className="mt-1 text-slate-700">
      {contactInfo.map((ci) => (
        <li key={ci.id}>
          <span className="text-slate-500">{t(`contactTypes.${ci.type}`)}:</span> {ci.value}
          {ci.type === "EMAIL" && canEmail && (
            <Link
              href={`/t/${slug}/emails/new?counterparty=${counterpartyId}&person=${personId}`}
              className="ml-2 text-xs text-brand-700 hover:underline"
              data-testid="write-email"
            >
              {ti("writeEmail")}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
