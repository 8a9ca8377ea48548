import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ImportStart } from "@/components/imports/import-start";
import { requirePagePermission } from "@/server/page-context";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("titles.counterparties") };
}

const TARGETS = ["counterparties", "contactPersons"] as const;

/** Counterparties with their contacts and a person each, or contact persons of counterparties already here. */
export default async function CounterpartyImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ target?: string }>;
}) {
  const { slug } = await params;
  const target = (await searchParams).target === "contactPersons" ? "contactPersons" : "counterparties";
  const ctx = await requirePagePermission(slug, "counterparty.import");
  const t = await getTranslations("imports");
  return (
    <>
      <nav className="mb-4 flex gap-2" aria-label={t("what")}>
        {TARGETS.map((name) => (
          <Link
            key={name}
            href={`?target=${name}`}
            aria-current={name === target ? "page" : undefined}
            className={buttonClass(name === target ? "primary" : "secondary", "sm")}
          >
            {t(`titles.${name}`)}
          </Link>
        ))}
      </nav>
      <ImportStart ctx={ctx} slug={slug} target={target} key={target} />
    </>
  );
}
