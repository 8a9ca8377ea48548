import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SourceRow } from "@/domain/reports/source-efficiency";
import { moneyFormatter } from "@/i18n/format-money";
import { Td } from "@/components/ui/table";
import { sourceFigures } from "./source-figures";

/** A line per information source (and one for what came without a source), linked to its counterparties. */
export async function SourceRows({ slug, rows, currency }: { slug: string; rows: SourceRow[]; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("reports.sources"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  return rows.map((r) => (
    <tr key={r.sourceId ?? "none"} className="hover:bg-slate-50" data-source={r.sourceId ?? "none"}>
      <Td className="font-medium">
        {r.sourceId === null ? (
          <span className="text-slate-500">{t("noSource")}</span>
        ) : (
          <Link href={`/t/${slug}/counterparties?source=${r.sourceId}`} className="text-brand-700 hover:underline">
            {r.name}
          </Link>
        )}
        {r.archived && <span className="ml-2 text-xs text-slate-500">({t("archived")})</span>}
      </Td>
      {sourceFigures(r, money).map((cell, i) => (
        <Td key={i} className="whitespace-nowrap tabular-nums">
          {cell}
        </Td>
      ))}
    </tr>
  ));
}
