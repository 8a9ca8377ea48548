import { getTranslations } from "next-intl/server";
import { formatMinutes } from "@/i18n/format-indicator";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { InteractionFigureRow } from "@/server/kpi/interaction-figures";
import type { KpiMember } from "@/server/kpi/manager-figures";

const TYPES = ["CALL", "MEETING", "EMAIL", "LETTER", "MESSAGE", "OTHER"] as const;

/** SPEC §7.1.2: interactions done per manager, by type (incoming / outgoing), and the time they took. */
export async function InteractionBreakdown({ rows, members }: { rows: InteractionFigureRow[]; members: KpiMember[] }) {
  const [t, ti] = await Promise.all([getTranslations("kpi"), getTranslations("interactions")]);
  const withRows = members.filter((m) => rows.some((r) => r.userId === m.userId));
  const count = (userId: string, type: string, direction: string) =>
    rows.find((r) => r.userId === userId && r.type === type && r.direction === direction)?.interactions ?? 0;
  const minutes = (userId: string) =>
    rows.filter((r) => r.userId === userId).reduce((sum, r) => sum + r.minutesSpent, 0);
  return (
    <Card title={t("interactionsBreakdown")} className="mt-6">
      <p className="mb-2 text-xs text-slate-500">{t("outgoingSlashIncoming")}</p>
      <Table
        head={["", ...TYPES.map((type) => ti(`types.${type}`)), t("minutes")]}
        empty={withRows.length === 0 ? t("noManagers") : undefined}
      >
        {withRows.map((m) => (
          <tr key={m.userId}>
            <Td className="font-medium">{m.name}</Td>
            {TYPES.map((type) => (
              <Td key={type} className="tabular-nums">
                {count(m.userId, type, "OUTGOING")} / {count(m.userId, type, "INCOMING")}
              </Td>
            ))}
            <Td className="tabular-nums">{formatMinutes(minutes(m.userId))}</Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
