import { getTranslations } from "next-intl/server";
import { NONE } from "@/domain/reports/report-filters";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { FilterField } from "@/components/analytics/period-filter";

type Choice = { value: string; label: string };

/** A filter that always has a value (grouping, status): its choices, no "any". */
export function RequiredChoice({ name, value, options }: { name: string; value: string; options: Choice[] }) {
  return (
    <select name={name} defaultValue={value} className={FILTER_CONTROL}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** How a report groups its rows: one of the report's own groupings. */
export async function GroupingFilter({ value, options }: { value: string; options: Choice[] }) {
  const t = await getTranslations("analytics");
  return (
    <FilterField label={t("groupBy")}>
      <RequiredChoice name="groupBy" value={value} options={options} />
    </FilterField>
  );
}

/** A labelled choice of a GET form, "any" first; the label names the select too. */
export function ChoiceFilter(choice: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: Choice[];
}) {
  return (
    <FilterField label={choice.label}>
      <FilterChoice {...choice} />
    </FilterField>
  );
}

/** The responsible manager; `unassigned` also offers the rows that have none. */
export async function ManagerFilter({
  value,
  managers,
  unassigned = false,
}: {
  value: string | undefined;
  managers: { id: string; name: string }[];
  unassigned?: boolean;
}) {
  const t = await getTranslations("analytics");
  const options = managers.map((m) => ({ value: m.id, label: m.name }));
  return (
    <ChoiceFilter
      name="manager"
      label={t("manager")}
      value={value}
      any={t("allManagers")}
      options={unassigned ? [...options, { value: NONE, label: t("unassigned") }] : options}
    />
  );
}
