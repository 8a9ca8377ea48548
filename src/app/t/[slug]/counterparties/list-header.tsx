import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LIST_COLUMNS, listHref, type ListQuery } from "@/domain/counterparties/list-query";
import { fieldLabel, type FieldDefinition } from "@/domain/custom-fields/field-definition";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import type { ListTotal } from "@/server/counterparties/search-counterparties";
import { ColumnChooser } from "./column-chooser";

/** The list's title and total, with the column chooser, the export of what is shown, the import and "new". */
export async function ListHeader({
  slug,
  query,
  total,
  fields,
  chosen,
  locale,
  canImport,
  canCreate,
}: {
  slug: string;
  query: ListQuery;
  total: ListTotal;
  /** The admin-designed fields this role may see, each a column to choose. */
  fields: FieldDefinition[];
  chosen: string[];
  locale: "ru" | "en";
  canImport: boolean;
  canCreate: boolean;
}) {
  const t = await getTranslations();
  const base = `/t/${slug}/counterparties`;
  const available = [
    ...LIST_COLUMNS.map((c) => ({ value: c, label: t(`counterparties.columns.${c}`) })),
    ...fields.map((f) => ({ value: `cf.${f.key}`, label: fieldLabel(f, locale) })),
  ];
  return (
    <PageHeader
      title={t("counterparties.title")}
      subtitle={t(total.exact ? "common.total" : "common.totalMoreThan", { count: total.count })}
      actions={
        <div className="flex gap-2">
          <ColumnChooser slug={slug} available={available} chosen={chosen} />
          <a
            href={listHref(`${base}/export`, query, { page: undefined })}
            className={buttonClass("secondary")}
            download
          >
            {t("counterparties.export")}
          </a>
          {canImport && (
            <Link href={`${base}/import`} className={buttonClass("secondary")}>
              {t("counterparties.import")}
            </Link>
          )}
          {canCreate && (
            <Link href={`${base}/new`} className={buttonClass()}>
              {t("counterparties.new")}
            </Link>
          )}
        </div>
      }
    />
  );
}
