import { getLocale, getTranslations } from "next-intl/server";
import { INDICATOR_META, type Indicator } from "@/domain/kpi/indicators";
import { indicatorFormatter, shareFormatter } from "@/i18n/format-indicator";
import { Table, Td } from "@/components/ui/table";
import type { KpiMember } from "@/server/kpi/manager-figures";

type IndicatorValues = Record<Indicator, number | null>;

/**
 * A row per manager with each shown indicator and its share of the company total, and the total row at the foot;
 * without a total (a reader who may not learn colleagues' figures by subtraction), neither shares nor the total row.
 */
export async function ManagerIndicatorsTable({
  rows,
  total,
  shown,
  currency,
}: {
  rows: { member: KpiMember; values: IndicatorValues }[];
  total: IndicatorValues | null;
  shown: Indicator[];
  currency: string;
}) {
  const [t, ta, locale] = await Promise.all([getTranslations("kpi"), getTranslations("analytics"), getLocale()]);
  const format = indicatorFormatter(locale, currency);
  const share = shareFormatter(locale);
  return (
    <Table
      head={[ta("manager"), ...shown.map((i) => t(`indicators.${i}`))]}
      empty={rows.length === 0 ? t("noManagers") : undefined}
    >
      {rows.map(({ member, values }) => (
        <tr key={member.userId} data-testid="kpi-row">
          <Td className="font-medium">{member.name}</Td>
          {shown.map((i) => (
            <Td key={i} className="tabular-nums">
              <div data-indicator={i}>{format(INDICATOR_META[i].unit, values[i])}</div>
              {total && !INDICATOR_META[i].ratio && (
                <div className="text-xs text-slate-500" title={t("shareHint")}>
                  {share(values[i], total[i])}
                </div>
              )}
            </Td>
          ))}
        </tr>
      ))}
      {total && (
        <tr className="bg-slate-50 font-semibold" data-testid="kpi-total">
          <Td>{t("totalRow")}</Td>
          {shown.map((i) => (
            <Td key={i} className="tabular-nums">
              {format(INDICATOR_META[i].unit, total[i])}
            </Td>
          ))}
        </tr>
      )}
    </Table>
  );
}
