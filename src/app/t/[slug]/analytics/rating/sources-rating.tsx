import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SourceRow } from "@/domain/reports/source-efficiency";
import { moneyFormatter } from "@/i18n/format-money";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

/** SPEC §7.2's rating of information sources: by revenue, with the new counterparties and the return on cost. */
export async function SourcesRating({
  slug,
  rows,
  currency,
  period,
}: {
  slug: string;
  rows: SourceRow[];
  currency: string;
  period: { from: string; to: string };
}) {
  const [t, tr, format, locale] = await Promise.all([
    getTranslations("rating"),
    getTranslations("reports.sources"),
    getFormatter(),
    getLocale(),
  ]);
  const money = moneyFormatter(locale, currency);
  const more = `/t/${slug}/analytics/reports/sources?from=${period.from}&to=${period.to}`;
  return (
    <Card
      title={t("sources")}
      className="mt-6"
      actions={
        <Link href={more} className="text-sm text-brand-700 hover:underline">
          {t("fullReport")}
        </Link>
      }
    >
      <Table
        head={["#", tr("source"), tr("newCounterparties"), tr("orders"), tr("revenue"), tr("return")]}
        empty={rows.length === 0 ? t("noSources") : undefined}
      >
        {rows.map((r, i) => (
          <tr key={r.sourceId} data-testid="source-rating-row">
            <Td className="tabular-nums">{i + 1}</Td>
            <Td className="font-medium">{r.name}</Td>
            <Td className="tabular-nums">{r.newCounterparties}</Td>
            <Td className="tabular-nums">{r.orders}</Td>
            <Td className="tabular-nums">{money(r.revenue)}</Td>
            <Td className="tabular-nums">
              {r.returnOnCost === null
                ? "—"
                : format.number(r.returnOnCost, { style: "percent", maximumFractionDigits: 1 })}
            </Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
