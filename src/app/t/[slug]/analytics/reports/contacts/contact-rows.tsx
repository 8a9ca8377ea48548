import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Td } from "@/components/ui/table";
import type { contactInformationReport } from "@/server/reports/contact-information-report";
import { GroupHeadRow, SummaryRow } from "../report-parts";
import { Completeness } from "./completeness";
import { contactSummary } from "./contact-summary";

type ContactReport = Awaited<ReturnType<typeof contactInformationReport>>;

/** One page of counterparties under their managers' names, with the groups' sub-totals; `offset`: rows before it. */
export async function ContactRows({
  slug,
  rows,
  groups,
  offset,
}: {
  slug: string;
  rows: ContactReport["rows"];
  groups: ContactReport["groups"];
  offset: number;
}) {
  const t = await getTranslations();
  const managerName = (name: string | null) => name ?? t("analytics.unassigned");
  // Where each manager's counterparties end in the whole report, so a sub-total closes its group on the page
  // that holds the group's last row.
  const groupEnd = new Map<string | null, { end: number; group: (typeof groups)[number] }>();
  groups.reduce(
    (end, group) => (
      groupEnd.set(group.managerUserId, { end: end + group.counterparties, group }),
      end + group.counterparties
    ),
    0,
  );
  return rows.map((row, i) => {
    const place = groupEnd.get(row.managerUserId);
    const opensGroup = i === 0 || rows[i - 1]!.managerUserId !== row.managerUserId;
    const closesGroup = place !== undefined && offset + i + 1 === place.end;
    return [
      opensGroup && (
        <GroupHeadRow key={`head-${row.id}`} span={7}>
          {managerName(row.managerName)}
        </GroupHeadRow>
      ),
      <tr key={row.id} className="hover:bg-slate-50">
        <Td className="font-medium">
          <Link href={`/t/${slug}/counterparties/${row.id}`} className="text-brand-700 hover:underline">
            {row.name}
          </Link>
        </Td>
        <Td>{t(`counterparties.kinds.${row.kind}`)}</Td>
        <Td>{row.phone ?? "—"}</Td>
        <Td>{row.email ?? "—"}</Td>
        <Td>{row.address ?? "—"}</Td>
        <Td className="tabular-nums">{row.persons}</Td>
        <Td className={`tabular-nums ${row.completeness !== null && row.completeness < 100 ? "text-amber-700" : ""}`}>
          <Completeness value={row.completeness} />
        </Td>
      </tr>,
      closesGroup && (
        <SummaryRow
          key={`sub-${row.id}`}
          {...contactSummary(t("reports.subtotalOf", { group: managerName(place.group.managerName) }), place.group)}
        />
      ),
    ];
  });
}
