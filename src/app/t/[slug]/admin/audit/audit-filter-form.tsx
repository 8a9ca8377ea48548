import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { AuditFilter } from "@/server/audit/list-audit-events";

const ENTITIES = ["Counterparty", "Invitation", "Membership", "Tenant"];
const INPUT = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** The GET form that narrows the log to one member, one kind of record and a period. */
export async function AuditFilterForm({
  filter,
  members,
}: {
  filter: AuditFilter;
  members: { userId: string; user: { name: string } }[];
}) {
  const t = await getTranslations();
  return (
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
  );
}
