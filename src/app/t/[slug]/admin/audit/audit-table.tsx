import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { listAuditEvents } from "@/server/audit/list-audit-events";

type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

function describeChanges(changes: unknown): string {
  const { before = {}, after = {} } = (changes ?? {}) as {
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .map((k) => (k in before ? `${k}: ${String(before[k])} → ${String(after[k] ?? "—")}` : `${k}: ${String(after[k])}`))
    .join("; ");
}

/** One page of the log: when, who (or the system), what was done to which kind of record, and what changed. */
export async function AuditTable({ events, timeZone }: { events: AuditEvent[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Table
      head={[
        t("admin.audit.time"),
        t("admin.audit.actor"),
        t("admin.audit.action"),
        t("admin.audit.entity"),
        t("admin.audit.changes"),
      ]}
      empty={events.length === 0 ? t("common.none") : undefined}
    >
      {events.map((e) => (
        <tr key={e.id}>
          <Td className="whitespace-nowrap">
            {format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone })}
          </Td>
          <Td>{e.actor?.user.name ?? t("admin.audit.system")}</Td>
          <Td className="font-mono text-xs">{e.action}</Td>
          <Td>{e.entity}</Td>
          <Td className="max-w-md break-words text-xs text-slate-600">{describeChanges(e.changes)}</Td>
        </tr>
      ))}
    </Table>
  );
}
