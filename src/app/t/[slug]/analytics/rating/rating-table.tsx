import { getLocale, getTranslations } from "next-intl/server";
import type { Period } from "@/domain/analytics/comparison-periods";
import { INDICATOR_META, type Indicator } from "@/domain/kpi/indicators";
import { indicatorFormatter } from "@/i18n/format-indicator";
import { Card } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import type { KpiMember } from "@/server/kpi/manager-figures";

const COMPARISONS = ["current", "previous", "yearAgo"] as const;
type Comparison = (typeof COMPARISONS)[number];

interface RatingRow {
  member: KpiMember;
  score: number;
  rank: number;
  rankChange: number | null;
  values: Record<Comparison, Record<Indicator, number | null>>;
}

function RankChange({ value }: { value: number | null }) {
  if (value === null || value === 0) return <span className="text-slate-400">{value === 0 ? "=" : ""}</span>;
  return (
    <span className={value > 0 ? "text-emerald-700" : "text-red-700"}>{value > 0 ? `▲${value}` : `▼${-value}`}</span>
  );
}

/** Managers in rating order: rank and its change, score, and each shown indicator now, before and a year ago. */
export async function RatingTable({
  rows,
  shown,
  comparisons,
  currency,
}: {
  rows: RatingRow[];
  shown: Indicator[];
  comparisons: Record<Comparison, Period>;
  currency: string;
}) {
  const [t, tk, ta, locale] = await Promise.all([
    getTranslations("rating"),
    getTranslations("kpi"),
    getTranslations("analytics"),
    getLocale(),
  ]);
  const format = indicatorFormatter(locale, currency);
  const { previous, yearAgo } = comparisons;
  // A 12-month period's previous period is the year before: one column shows both.
  const yearIsPrevious = previous.from === yearAgo.from && previous.to === yearAgo.to;
  const columns = yearIsPrevious ? COMPARISONS.slice(0, 2) : COMPARISONS;
  const heading = (c: Comparison) => t(c === "previous" && yearIsPrevious ? "previousIsYearAgo" : c);
  return (
    <Card title={t("ranking")} className="mt-6">
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="rating-table">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th rowSpan={2} className="px-3 py-2 font-medium">
                {t("rank")}
              </th>
              <th rowSpan={2} className="px-3 py-2 font-medium">
                {ta("manager")}
              </th>
              <th rowSpan={2} className="px-3 py-2 font-medium">
                {t("score")}
              </th>
              {shown.map((i) => (
                <th key={i} colSpan={columns.length} className="border-l border-slate-200 px-3 py-2 font-medium">
                  {tk(`indicators.${i}`)}
                </th>
              ))}
            </tr>
            <tr className="text-xs">
              {shown.flatMap((i) =>
                columns.map((c) => (
                  <th
                    key={`${i}${c}`}
                    className={`${c === "current" ? "border-l border-slate-200 " : ""}px-3 py-1 font-normal`}
                  >
                    {heading(c)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.member.userId} data-testid="rating-row">
                <Td className="tabular-nums font-semibold">
                  {r.rank} <RankChange value={r.rankChange} />
                </Td>
                <Td className="font-medium">{r.member.name}</Td>
                <Td className="tabular-nums">{r.score.toFixed(1)}</Td>
                {shown.flatMap((i) =>
                  columns.map((c) =>
                    c === "current" ? (
                      <Td key={`${i}${c}`} className="border-l border-slate-100 tabular-nums">
                        {format(INDICATOR_META[i].unit, r.values[c][i])}
                      </Td>
                    ) : (
                      <Td key={`${i}${c}`} className="tabular-nums text-slate-500">
                        {INDICATOR_META[i].snapshot ? "—" : format(INDICATOR_META[i].unit, r.values[c][i])}
                      </Td>
                    ),
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.some((i) => INDICATOR_META[i].snapshot) && (
        <p className="mt-2 text-xs text-slate-500">{t("snapshotNote")}</p>
      )}
    </Card>
  );
}
