import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { fieldLabel } from "@/domain/custom-fields/field-definition";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { FieldForm } from "./field-form";
import { FieldRowActions } from "./row-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("fields"))("title") };
}

const ENTITIES = ["COUNTERPARTY", "CONTACT_PERSON"] as const;

export default async function FieldsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ entity?: string }>;
}) {
  const { slug } = await params;
  const entity = (await searchParams).entity === "CONTACT_PERSON" ? "CONTACT_PERSON" : "COUNTERPARTY";
  const ctx = await requirePagePermission(slug, "fields.manage");
  const [t, locale, fields] = await Promise.all([
    getTranslations("fields"),
    getLocale(),
    listFieldDefinitions(ctx, { entity, includeArchived: true }),
  ]);
  const sections = [...new Set(fields.map((f) => f.section))];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <nav className="mb-4 flex gap-2" aria-label={t("whose")}>
        {ENTITIES.map((e) => (
          <Link
            key={e}
            href={`?entity=${e}`}
            aria-current={e === entity ? "page" : undefined}
            className={buttonClass(e === entity ? "primary" : "secondary", "sm")}
          >
            {t(`entities.${e}`)}
          </Link>
        ))}
      </nav>
      <Card title={t("new")} className="mb-6">
        <FieldForm slug={slug} entity={entity} key={entity} />
      </Card>
      {sections.map((section) => (
        <section key={section} className="mb-6">
          <h2 className="mb-2 text-sm font-semibold text-slate-700">{section}</h2>
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            data-testid={`section-${section}`}
          >
            {fields
              .filter((f) => f.section === section)
              .map((f) => (
                <li key={f.id} className={`p-3 ${f.archived ? "bg-slate-50 text-slate-400" : ""}`}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-sm">
                      <span className="font-medium">{fieldLabel(f, locale as "ru" | "en")}</span>{" "}
                      <span className="font-mono text-xs text-slate-500">{f.key}</span>{" "}
                      <Badge>{t(`types.${f.type}`)}</Badge> {f.required && <Badge tone="red">{t("required")}</Badge>}{" "}
                      {f.showInList && <Badge tone="blue">{t("showInList")}</Badge>}{" "}
                      {f.filterable && <Badge tone="blue">{t("filterable")}</Badge>}{" "}
                      {f.archived && <Badge tone="amber">{t("archived")}</Badge>}
                    </p>
                    <FieldRowActions slug={slug} id={f.id} archived={f.archived} />
                  </div>
                  {!f.archived && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-xs text-brand-700">{t("edit")}</summary>
                      <div className="mt-3">
                        <FieldForm slug={slug} field={f} />
                      </div>
                    </details>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
