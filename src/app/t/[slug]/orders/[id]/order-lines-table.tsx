import { getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import { orderFormatters } from "./order-formatters";
import type { LoadedOrder } from "./loaded-order";

export async function OrderLinesTable({ lines, currency }: { lines: LoadedOrder["lines"]; currency: string }) {
  const [t, { money, qty }] = await Promise.all([getTranslations("orders"), orderFormatters(currency)]);
  return (
    <>
      <h2 className="mb-2 mt-8 text-lg font-semibold">{t("lines")}</h2>
      <Table
        head={[t("product"), t("price"), t("discount"), t("ordered"), t("shippedQty"), t("remaining"), t("amount")]}
      >
        {lines.map((l) => (
          <tr key={l.id} data-testid="analysis-line">
            <Td>
              {l.product.name} <span className="text-xs text-slate-500">{l.product.sku}</span>
            </Td>
            <Td className="text-right tabular-nums">{money(l.price)}</Td>
            <Td className="text-right tabular-nums">
              {l.discountPercent.isZero() ? "—" : `${qty(l.discountPercent)} %`}
            </Td>
            <Td className="text-right tabular-nums">
              {qty(l.quantity)} {l.product.unit}
            </Td>
            <Td className="text-right tabular-nums">{qty(l.shippedQuantity)}</Td>
            <Td className="text-right font-medium tabular-nums">{qty(l.quantity.minus(l.shippedQuantity))}</Td>
            <Td className="text-right tabular-nums">{money(l.amount)}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
