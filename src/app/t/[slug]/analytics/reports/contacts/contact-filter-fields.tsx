import { getTranslations } from "next-intl/server";
import { COUNTERPARTY_KINDS, type ContactReportFilters } from "@/domain/reports/report-filters";
import { ChoiceFilter, ManagerFilter } from "@/components/analytics/report-filter-fields";

/** The contact report's filters: the manager (or none), the kind of counterparty, only the incomplete ones. */
export async function ContactFilterFields({
  filters,
  managers,
}: {
  filters: ContactReportFilters;
  managers: { id: string; name: string }[];
}) {
  const t = await getTranslations();
  return (
    <>
      <ManagerFilter value={filters.manager} managers={managers} unassigned />
      <ChoiceFilter
        name="kind"
        label={t("reports.contacts.kind")}
        value={filters.kind}
        any={t("reports.contacts.anyKind")}
        options={COUNTERPARTY_KINDS.map((k) => ({ value: k, label: t(`counterparties.kinds.${k}`) }))}
      />
      <label className="flex items-center gap-2 self-center pt-4">
        <input type="checkbox" name="incomplete" value="1" defaultChecked={filters.incomplete} />
        {t("reports.contacts.incomplete")}
      </label>
    </>
  );
}
