import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/server/page-context";
import { auditFilterSchema, listAuditEvents } from "@/server/audit/list-audit-events";
import { listMembers } from "@/server/members/list-members";

const ENTITIES = ["Counterparty", "Invitation", "Membership", "Tenant"];
const INPUT = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

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

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const ctx = await requirePagePermission(slug, "audit.read");
  const filter = auditFilterSchema.parse(query);
  const [t, format, list, { members }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listAuditEvents(ctx, filter),
    listMembers(ctx),
  ]);
  return (
    <>
      <PageHeader title={t("admin.audit.title")} subtitle={t("common.total", { count: list.total })} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("admin.audit.actor")}</span>
          <select name="actor" defaultValue={filter.actor ?? ""} className={INPUT}>
            <option value="">{t("admin.audit.anyUser")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("admin.audit.entity")}</span>
          <select name="entity" defaultValue={filter.entity ?? ""} className={INPUT}>
            <option value="">{t("admin.audit.anyEntity")}</option>
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("common.from")}</span>
          <input type="date" name="from" defaultValue={filter.from} className={INPUT} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("common.to")}</span>
          <input type="date" name="to" defaultValue={filter.to} className={INPUT} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("common.filter")}
        </button>
      </form>
      <Table
        head={[
          t("admin.audit.time"),
          t("admin.audit.actor"),
          t("admin.audit.action"),
          t("admin.audit.entity"),
          t("admin.audit.changes"),
        ]}
        empty={list.events.length === 0 ? t("common.none") : undefined}
      >
        {list.events.map((e) => (
          <tr key={e.id}>
            <Td className="whitespace-nowrap">
              {format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone: ctx.tenant.timeZone })}
            </Td>
            <Td>{e.actor?.user.name ?? t("admin.audit.system")}</Td>
            <Td className="font-mono text-xs">{e.action}</Td>
            <Td>{e.entity}</Td>
            <Td className="max-w-md break-words text-xs text-slate-600">{describeChanges(e.changes)}</Td>
          </tr>
        ))}
      </Table>
      <Pagination page={filter.page} pages={list.pages} hrefFor={searchParamsHref(query)} />
    </>
  );
}
