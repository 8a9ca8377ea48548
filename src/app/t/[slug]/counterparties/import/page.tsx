import { getTranslations } from "next-intl/server";
import { ImportStart } from "@/components/imports/import-start";
import { requirePagePermission } from "@/server/page-context";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("titles.counterparties") };
}

export default async function CounterpartyImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.import");
  return <ImportStart ctx={ctx} slug={slug} target="counterparties" />;
}
