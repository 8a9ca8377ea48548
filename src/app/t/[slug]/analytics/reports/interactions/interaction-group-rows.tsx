import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { InteractionReportFilters } from "@/domain/reports/report-filters";
import { Td } from "@/components/ui/table";
import type { InteractionGroup } from "@/server/reports/interactions-report";

/** A line per manager, type or counterparty: how many interactions, incoming and outgoing, and the time spent. */
export async function InteractionGroupRows({
  slug,
  groups,
  groupBy,
}: {
  slug: string;
  groups: InteractionGroup[];
  groupBy: InteractionReportFilters["groupBy"];
}) {
  const t = await getTranslations("interactions");
  const label = (g: InteractionGroup) => {
    if (groupBy === "type") return t(`types.${g.key}`);
    if (groupBy === "counterparty")
      return (
        <Link href={`/t/${slug}/counterparties/${g.key}`} className="text-brand-700 hover:underline">
          {g.label}
        </Link>
      );
    return g.label;
  };
  return groups.map((g) => (
    <tr key={g.key} className="hover:bg-slate-50">
      <Td className="font-medium">{label(g)}</Td>
      <Td className="tabular-nums">{g.count}</Td>
      <Td className="tabular-nums">{g.incoming}</Td>
      <Td className="tabular-nums">{g.outgoing}</Td>
      <Td className="tabular-nums">{g.minutes}</Td>
    </tr>
  ));
}
