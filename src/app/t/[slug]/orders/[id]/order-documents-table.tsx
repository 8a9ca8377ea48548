import { getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import { orderFormatters } from "./order-formatters";
import type { LoadedOrder } from "./loaded-order";

export async function OrderDocumentsTable({ order, currency }: { order: LoadedOrder; currency: string }) {
  const [t, { money, day }] = await Promise.all([getTranslations("orders"), orderFormatters(currency)]);
  const documents = [
    ...order.shipments.map((s) => ({
      key: s.id,
      date: s.date,
      label: t("shipmentNo", { number: s.number }),
      by: s.shipper.user.name,
      amount: s.amount,
    })),
    ...order.payments.map((p) => ({
      key: p.id,
      date: p.date,
      label: t("paymentNo", { number: p.number }),
      by: t(`methods.${p.method}`),
      amount: p.amount,
    })),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
  return (
    <>
      <h2 className="mb-2 mt-8 text-lg font-semibold">{t("documents")}</h2>
      <Table
        head={[t("document"), t("date"), t("by"), t("amount")]}
        empty={documents.length === 0 ? t("noDocuments") : undefined}
      >
        {documents.map((d) => (
          <tr key={d.key} data-testid="order-document">
            <Td>{d.label}</Td>
            <Td>{day(d.date)}</Td>
            <Td>{d.by}</Td>
            <Td className="text-right tabular-nums">{money(d.amount)}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
