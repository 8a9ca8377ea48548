import { getTranslations } from "next-intl/server";
import { ImportStart } from "@/components/imports/import-start";
import { requirePagePermission } from "@/server/page-context";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("titles.products") };
}

export default async function ProductImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "product.import");
  return <ImportStart ctx={ctx} slug={slug} target="products" />;
}
