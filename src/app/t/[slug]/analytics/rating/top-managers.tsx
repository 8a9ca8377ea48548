import { getLocale, getTranslations } from "next-intl/server";
import { indicatorFormatter } from "@/i18n/format-indicator";
import { Card } from "@/components/ui/card";
import type { TopBy } from "@/server/kpi/rating-dashboard";
import type { KpiMember } from "@/server/kpi/manager-figures";

/** The first managers by revenue, gross profit or deals, with the figure they are ranked by. */
export async function TopManagers({
  top,
  topBy,
  topN,
  currency,
}: {
  top: { member: KpiMember; value: number }[];
  topBy: TopBy;
  topN: number;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("rating"), getLocale()]);
  const format = indicatorFormatter(locale, currency);
  return (
    <Card title={`${t("top", { n: topN })}: ${t(`topByOptions.${topBy}`)}`}>
      <ol className="space-y-1 text-sm" data-testid="top-managers">
        {top.map((x, i) => (
          <li key={x.member.userId} className="flex justify-between gap-2">
            <span>
              {i + 1}. {x.member.name}
            </span>
            <span className="tabular-nums">{topBy === "deals" ? x.value : format("money", x.value)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
