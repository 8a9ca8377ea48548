import { getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Card } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { SupplierForm } from "./supplier-form";
import { SuppliedProducts } from "./supplied-products";

/** A supplier's terms and the products he supplies at his prices. */
export async function SupplierCard({
  slug,
  card,
  currency,
}: {
  slug: string;
  card: CounterpartyCard;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("counterparties"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const c = card.counterparty;
  return (
    <Card title={t("supplier.title")}>
      <SupplierForm slug={slug} counterpartyId={c.id} terms={c.supplier} canEdit={card.canEdit} />
      <SuppliedProducts
        slug={slug}
        counterpartyId={c.id}
        canEdit={card.canEdit}
        supplies={c.supplies.map((s) => ({
          id: s.id,
          purchasePrice: s.purchasePrice.toFixed(2),
          product: s.product,
        }))}
        formatPrice={Object.fromEntries(c.supplies.map((s) => [s.id, money(s.purchasePrice)]))}
      />
    </Card>
  );
}
