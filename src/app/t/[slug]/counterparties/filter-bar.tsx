import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ABC_CLASSES, RELATIONS, STAGES, XYZ_CLASSES, type ListQuery } from "@/domain/counterparties/list-query";
import { fieldLabel, optionLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { buttonClass } from "@/components/ui/button";

const CONTROL = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: the filters land in the URL, so a filtered list can be bookmarked and shared. */
export async function FilterBar({
  base,
  query,
  managers,
  sources,
  fields,
  locale,
}: {
  base: string;
  query: ListQuery;
  managers: { id: string; name: string }[];
  sources: { id: string; name: string }[];
  /** Admin-designed fields marked filterable. */
  fields: FieldDefinition[];
  locale: "ru" | "en";
}) {
  const t = await getTranslations("counterparties");
  const tc = await getTranslations("common");
  return (
    <form method="get" action={base} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-6" role="search">
      <input
        type="search"
        name="q"
        defaultValue={query.q}
        placeholder={t("searchPlaceholder")}
        aria-label={tc("search")}
        className={`${CONTROL} md:col-span-2`}
      />
      <select name="manager" defaultValue={query.manager ?? ""} aria-label={t("responsible")} className={CONTROL}>
        <option value="">{t("anyManager")}</option>
        <option value="none">{t("noManager")}</option>
        {managers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <select name="relation" defaultValue={query.relation ?? ""} aria-label={t("relation")} className={CONTROL}>
        <option value="">{t("anyRelation")}</option>
        {RELATIONS.map((r) => (
          <option key={r} value={r}>
            {t(`relations.${r}`)}
          </option>
        ))}
      </select>
      <select name="kind" defaultValue={query.kind ?? ""} aria-label={t("kind")} className={CONTROL}>
        <option value="">{t("anyKind")}</option>
        <option value="LEGAL_ENTITY">{t("kinds.LEGAL_ENTITY")}</option>
        <option value="INDIVIDUAL">{t("kinds.INDIVIDUAL")}</option>
      </select>
      <select name="source" defaultValue={query.source ?? ""} aria-label={t("source")} className={CONTROL}>
        <option value="">{t("anySource")}</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <select name="abc" defaultValue={query.abc ?? ""} aria-label={t("abc")} className={CONTROL}>
        <option value="">{t("anyAbc")}</option>
        {ABC_CLASSES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <select name="stage" defaultValue={query.stage ?? ""} aria-label={t("stage")} className={CONTROL}>
        <option value="">{t("anyStage")}</option>
        {STAGES.map((c) => (
          <option key={c} value={c}>
            {t(`stages.${c}`)}
          </option>
        ))}
      </select>
      <select name="xyz" defaultValue={query.xyz ?? ""} aria-label={t("xyz")} className={CONTROL}>
        <option value="">{t("anyXyz")}</option>
        {XYZ_CLASSES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <select name="archived" defaultValue={query.archived ?? ""} aria-label={t("archived")} className={CONTROL}>
        <option value="">—</option>
        <option value="include">{t("showArchived")}</option>
        <option value="only">{t("onlyArchived")}</option>
      </select>
      {fields.map((f) => {
        const name = `f.${f.key}`;
        const current = query[name as `f.${string}`] ?? "";
        const label = fieldLabel(f, locale);
        if (f.type === "SELECT" || f.type === "MULTISELECT" || f.type === "BOOLEAN" || f.type === "USER") {
          const choices =
            f.type === "BOOLEAN" ? [{ value: "true", label: tc("yes") }, { value: "false", label: tc("no") }]
            : f.type === "USER" ? managers.map((m) => ({ value: m.id, label: m.name }))
            : f.options.map((o) => ({ value: o.value, label: optionLabel(f, o.value, locale) }));
          return (
            <select key={f.key} name={name} defaultValue={current} aria-label={label} className={CONTROL}>
              <option value="">{label}: {tc("all").toLowerCase()}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          );
        }
        return <input key={f.key} type="text" name={name} defaultValue={current} placeholder={label} aria-label={label} className={CONTROL} />;
      })}
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      <div className="flex gap-2 md:col-span-5 md:justify-end">
        <Link href={base} className={buttonClass("ghost")}>
          {tc("reset")}
        </Link>
        <button type="submit" className={buttonClass("secondary")}>
          {tc("search")}
        </button>
      </div>
    </form>
  );
}
