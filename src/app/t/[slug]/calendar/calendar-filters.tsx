import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";
import { EVENT_KINDS } from "@/domain/calendar/calendar-view";
import { IMPORTANCES } from "@/domain/interactions/interaction-input";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";

/**
 * The GET form of the calendar's filters: whose calendar (only offered with `managers`, to those who may read
 * everyone's), the kind and importance of events, and the days shown.
 */
export async function CalendarFilters({
  slug,
  query,
  managers,
  viewerId,
  today,
  rangeTo,
  counterpartyName,
}: {
  slug: string;
  query: CalendarQueryParams;
  managers: { id: string; name: string }[] | null;
  viewerId: string;
  today: string;
  rangeTo: string;
  /** The name of the counterparty the calendar is narrowed to, when its events show it. */
  counterpartyName: string | undefined;
}) {
  const t = await getTranslations("calendar");
  const base = `/t/${slug}/calendar`;
  return (
    <form
      method="get"
      action={base}
      role="search"
      className="mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <input type="hidden" name="view" value={query.view} />
      {managers && (
        <select name="user" defaultValue={query.user ?? ""} aria-label={t("whose")} className={FILTER_CONTROL}>
          <option value="">{t("mine")}</option>
          <option value="all">{t("everyone")}</option>
          {managers
            .filter((m) => m.id !== viewerId)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      )}
      <FilterChoice
        name="kind"
        label={t("kind")}
        value={query.kind}
        any={t("anyKind")}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <FilterChoice
        name="importance"
        label={t("importance")}
        value={query.importance}
        any={t("anyImportance")}
        options={IMPORTANCES.map((i) => ({ value: i, label: t(`importances.${i}`) }))}
      />
      <label className="flex items-center gap-2 text-sm text-slate-600">
        {t("from")} <input type="date" name="date" defaultValue={query.date ?? today} className={FILTER_CONTROL} />
      </label>
      {query.view === "agenda" && (
        <label className="flex items-center gap-2 text-sm text-slate-600">
          {t("to")} <input type="date" name="to" defaultValue={query.to ?? rangeTo} className={FILTER_CONTROL} />
        </label>
      )}
      {query.counterparty && <input type="hidden" name="counterparty" value={query.counterparty} />}
      <button type="submit" className={buttonClass()}>
        {t("apply")}
      </button>
      <Link href={`${base}?view=${query.view}`} className={buttonClass("secondary")}>
        {t("reset")}
      </Link>
      {query.counterparty && counterpartyName !== undefined && (
        <span className="text-sm text-slate-600">{t("onlyCounterparty", { name: counterpartyName })}</span>
      )}
    </form>
  );
}
