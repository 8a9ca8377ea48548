import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export type BirthdayParams = {
  people: { id: string; name: string; inDays: number; counterpartyId: string; counterparty: string }[];
};

/** The morning digest of birthdays: each person with the counterparty they work for and how soon. */
export async function BirthdayList({ slug, params }: { slug: string; params: BirthdayParams }) {
  const t = await getTranslations("notifications");
  return (
    <>
      <p className="font-medium">{t("birthdays")}</p>
      <ul className="ml-4 list-disc">
        {params.people.map((p) => (
          <li key={p.id}>
            <Link href={`/t/${slug}/counterparties/${p.counterpartyId}`} className="hover:underline">
              {t("birthdayLine", { name: p.name, counterparty: p.counterparty, inDays: p.inDays })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
