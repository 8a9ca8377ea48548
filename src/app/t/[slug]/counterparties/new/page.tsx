import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { NewCounterpartyForm } from "./new-counterparty-form";

export async function generateMetadata() {
  return { title: (await getTranslations("counterparties"))("new") };
}

export default async function NewCounterpartyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.create");
  const [t, options] = await Promise.all([getTranslations("counterparties"), listFormOptions(ctx)]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <NewCounterpartyForm slug={slug} sources={options.sources} />
      </Card>
    </>
  );
}
