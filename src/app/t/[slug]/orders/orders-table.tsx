import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Table, Td } from "@/components/ui/table";
import { OrderBadges } from "@/components/orders/order-badges";
import type { listOrders } from "@/server/orders/list-orders";

export async function OrdersTable({
  slug,
  list,
  currency,
}: {
  slug: string;
  list: Awaited<ReturnType<typeof listOrders>>;
  currency: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("orders"), getFormatter(), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const short = (d: Date) => format.dateTime(d, { dateStyle: "short", timeZone: "UTC" });
  return (
    <Table
      head={[
        t("number"),
        t("date"),
        t("counterparty"),
        t("manager"),
        t("total"),
        t("paid"),
        t("expectedPaymentDate"),
        t("state"),
      ]}
      empty={list.total === 0 ? t("empty") : undefined}
    >
      {list.rows.map((o) => (
        <tr key={o.id} className="hover:bg-slate-50">
          <Td>
            <Link href={`/t/${slug}/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
              № {o.number}
            </Link>
          </Td>
          <Td className="whitespace-nowrap">{short(o.date)}</Td>
          <Td>
            <Link href={`/t/${slug}/counterparties/${o.counterparty.id}`} className="hover:underline">
              {o.counterparty.name}
            </Link>
          </Td>
          <Td>{o.manager.user.name}</Td>
          <Td className="whitespace-nowrap text-right tabular-nums">{money(o.totalAmount)}</Td>
          <Td className="whitespace-nowrap text-right tabular-nums">{money(o.paidAmount)}</Td>
          <Td className="whitespace-nowrap">{o.expectedPaymentDate ? short(o.expectedPaymentDate) : "—"}</Td>
          <Td>
            <OrderBadges order={o} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
