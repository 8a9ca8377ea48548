import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Badge } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { searchProducts } from "@/server/products/search-products";

export async function ProductsTable({
  base,
  list,
  currency,
  canManage,
}: {
  base: string;
  list: Awaited<ReturnType<typeof searchProducts>>;
  currency: string;
  canManage: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("products"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  return (
    <Table
      head={[t("sku"), t("name"), t("unit"), t("salePrice"), t("costPrice"), ""]}
      empty={list.total === 0 ? t("empty") : undefined}
    >
      {list.rows.map((p) => (
        <tr key={p.id}>
          <Td className="whitespace-nowrap font-mono text-xs">{p.sku}</Td>
          <Td>
            {canManage ? (
              <Link href={`${base}/${p.id}`} className="text-brand-700 hover:underline">
                {p.name}
              </Link>
            ) : (
              p.name
            )}
          </Td>
          <Td>{p.unit}</Td>
          <Td className="text-right tabular-nums">{money(p.salePrice)}</Td>
          <Td className="text-right tabular-nums">{money(p.costPrice)}</Td>
          <Td>{!p.active && <Badge>{t("inactive")}</Badge>}</Td>
        </tr>
      ))}
    </Table>
  );
}
