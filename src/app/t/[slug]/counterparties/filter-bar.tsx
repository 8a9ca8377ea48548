import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ABC_CLASSES, RELATIONS, STAGES, XYZ_CLASSES, type ListQuery } from "@/domain/counterparties/list-query";
import { fieldLabel, optionLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL as CONTROL, FilterChoice as Choice } from "@/components/forms/filter-choice";

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
    <form
      method="get"
      action={base}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-6"
      role="search"
    >
      <input
        type="search"
        name="q"
        defaultValue={query.q}
        placeholder={t("searchPlaceholder")}
        aria-label={tc("search")}
        className={`${CONTROL} md:col-span-2`}
      />
      <Choice
        name="manager"
        label={t("responsible")}
        value={query.manager}
        any={t("anyManager")}
        options={[{ value: "none", label: t("noManager") }, ...managers.map((m) => ({ value: m.id, label: m.name }))]}
      />
      <Choice
        name="relation"
        label={t("relation")}
        value={query.relation}
        any={t("anyRelation")}
        options={RELATIONS.map((r) => ({ value: r, label: t(`relations.${r}`) }))}
      />
      <Choice
        name="kind"
        label={t("kind")}
        value={query.kind}
        any={t("anyKind")}
        options={(["LEGAL_ENTITY", "INDIVIDUAL"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <Choice
        name="source"
        label={t("source")}
        value={query.source}
        any={t("anySource")}
        options={sources.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Choice
        name="abc"
        label={t("abc")}
        value={query.abc}
        any={t("anyAbc")}
        options={ABC_CLASSES.map((c) => ({ value: c, label: c }))}
      />
      <Choice
        name="stage"
        label={t("stage")}
        value={query.stage}
        any={t("anyStage")}
        options={STAGES.map((c) => ({ value: c, label: t(`stages.${c}`) }))}
      />
      <Choice
        name="xyz"
        label={t("xyz")}
        value={query.xyz}
        any={t("anyXyz")}
        options={XYZ_CLASSES.map((c) => ({ value: c, label: c }))}
      />
      <Choice
        name="archived"
        label={t("archived")}
        value={query.archived}
        any="—"
        options={[
          { value: "include", label: t("showArchived") },
          { value: "only", label: t("onlyArchived") },
        ]}
      />
      {fields.map((f) => {
        const name = `f.${f.key}`;
        const current = query[name as `f.${string}`] ?? "";
        const label = fieldLabel(f, locale);
        if (f.type === "SELECT" || f.type === "MULTISELECT" || f.type === "BOOLEAN" || f.type === "USER") {
          const choices =
            f.type === "BOOLEAN"
              ? [
                  { value: "true", label: tc("yes") },
                  { value: "false", label: tc("no") },
                ]
              : f.type === "USER"
                ? managers.map((m) => ({ value: m.id, label: m.name }))
                : f.options.map((o) => ({ value: o.value, label: optionLabel(f, o.value, locale) }));
          return (
            <Choice
              key={f.key}
              name={name}
              label={label}
              value={current}
              any={`${label}: ${tc("all").toLowerCase()}`}
              options={choices}
            />
          );
        }
        return (
          <input
            key={f.key}
            type="text"
            name={name}
            defaultValue={current}
            placeholder={label}
            aria-label={label}
            className={CONTROL}
          />
        );
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
