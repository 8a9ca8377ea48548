import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dateValue } from "@/domain/dates/calendar-date";
import { moneyFormatter } from "@/i18n/format-money";
import { Td } from "@/components/ui/table";
import type { FailedOrderGroup } from "@/server/reports/failed-orders-report";
import { GroupHeadRow, SummaryRow } from "../report-parts";
import { failedOrderSummary } from "./failed-order-summary";

/**
 * One failure reason's or manager's orders: the group's name, its first orders, how many more the CSV holds, and
 * its sub-total. The fourth column is the other of the two: the manager when grouped by reason, else the reason.
 */
export async function FailedOrderGroupRows({
  slug,
  group: g,
  byReason,
  currency,
}: {
  slug: string;
  group: FailedOrderGroup;
  byReason: boolean;
  currency: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const groupName = (label: string | null) => label ?? t("failedOrders.noReason");
  return (
    <>
      <GroupHeadRow span={6}>{groupName(g.label)}</GroupHeadRow>
      {g.orders.map((o) => (
        <tr key={o.id} className="hover:bg-slate-50">
          <Td>
            <Link href={`/t/${slug}/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
              {o.number}
            </Link>
          </Td>
          <Td className="whitespace-nowrap">
            {format.dateTime(dateValue(o.date), { dateStyle: "short", timeZone: "UTC" })}
          </Td>
          <Td>
            <Link href={`/t/${slug}/counterparties/${o.counterpartyId}`} className="hover:underline">
              {o.counterpartyName}
            </Link>
          </Td>
          <Td>{byReason ? o.managerName : groupName(o.reasonName)}</Td>
          <Td className="whitespace-nowrap tabular-nums">{money(o.amount)}</Td>
          <Td className="max-w-xs whitespace-pre-line text-slate-600">{o.comment ?? ""}</Td>
        </tr>
      ))}
      {g.count > g.orders.length && (
        <tr>
          <td colSpan={6} className="px-4 py-2 text-sm text-slate-500">
            {t("failedOrders.more", { count: g.count - g.orders.length })}
          </td>
        </tr>
      )}
      <SummaryRow {...failedOrderSummary(t("subtotalOf", { group: groupName(g.label) }), g, money)} />
    </>
  );
}
