import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

interface Run {
  id: string;
  startedAt: Date;
  trigger: string;
  startedBy: { user: { name: string } } | null;
  durationMs: number;
  changes: number;
}

/** The latest runs: when, why and by whom each started, how long it took and how many values it changed. */
export async function RunHistory({ runs, when }: { runs: Run[]; when: (d: Date) => string }) {
  const t = await getTranslations("classification");
  return (
    <Card title={t("runs")} className="mt-6">
      <Table
        head={[t("startedAt"), t("trigger"), t("by"), t("duration"), t("changedValues")]}
        empty={runs.length === 0 ? t("neverRun") : undefined}
      >
        {runs.map((r) => (
          <tr key={r.id}>
            <Td>{when(r.startedAt)}</Td>
            <Td>{t(`triggers.${r.trigger}`)}</Td>
            <Td>{r.startedBy?.user.name ?? "—"}</Td>
            <Td className="tabular-nums">{(r.durationMs / 1000).toFixed(1)} s</Td>
            <Td className="tabular-nums">{r.changes}</Td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
