import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { UNCLASSIFIED } from "@/domain/classification/unclassified";
import { can } from "@/domain/auth/permissions";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { AddContactInfoForm, RemoveContactInfoButton } from "./contact-info-forms";
import { AddPersonForm, MovePersonForm } from "./person-forms";
import { RequisitesForm } from "./requisites-form";
import { Timeline } from "./timeline";
import { OrdersPanel } from "./orders-panel";
import { InteractionsPanel } from "./interactions-panel";
import { ClassificationPanel } from "./classification-panel";
import { ArchiveForm, DeleteForm, MergeForm } from "./admin-forms";
import { CustomFieldsForm } from "./custom-fields-form";
import { SupplierForm } from "./supplier-form";
import { SuppliedProducts } from "./supplied-products";
import { moneyFormatter } from "@/i18n/format-money";
import { canSeeField } from "@/domain/custom-fields/field-definition";
import { parseStoredValues } from "@/domain/custom-fields/values-schema";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";

const RELATION_FLAGS = [
  ["isCustomer", "customer"],
  ["isSupplier", "supplier"],
  ["isPartner", "partner"],
  ["isCompetitor", "competitor"],
  ["isOther", "other"],
] as const;

export default async function CounterpartyCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<{ history?: string }>;
}) {
  const { slug, id } = await params;
  const historyPage = Math.max(1, Math.min(10_000, Number((await searchParams).history) || 1));
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const [card, options, t, tf, ti, format, definitions, personDefinitions] = await Promise.all([
    orNotFound(getCounterpartyCard(ctx, id, historyPage)),
    listFormOptions(ctx),
    getTranslations("counterparties"),
    getTranslations("fields"),
    getTranslations("interactions"),
    getFormatter(),
    listFieldDefinitions(ctx),
    listFieldDefinitions(ctx, { entity: "CONTACT_PERSON" }),
  ]);
  const fields = definitions.filter((f) => canSeeField(f, ctx.role));
  const personFields = personDefinitions.filter((f) => canSeeField(f, ctx.role));
  const money = moneyFormatter(await getLocale(), ctx.tenant.currency);
  const c = card.counterparty;
  const classes = card.classification ?? UNCLASSIFIED;
  const current = c.employments.filter((e) => !e.endedOn);
  const former = c.employments.filter((e) => e.endedOn);

  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{t(`kinds.${c.kind}`)}</span>
            {c.taxId && (
              <span>
                · {t("taxId")} {c.taxId}
              </span>
            )}
            {RELATION_FLAGS.filter(([flag]) => c[flag]).map(([, r]) => (
              <Badge key={r} tone="blue">
                {t(`relations.${r}`)}
              </Badge>
            ))}
            {c.archived && <Badge tone="amber">{t("archived")}</Badge>}
            <span>
              · {t("responsible")}: {c.responsible?.user.name ?? "—"}
            </span>
            <span className="inline-flex items-center gap-1" data-testid="classification">
              ·{" "}
              {[
                { label: t("abc"), value: classes.abcClass, manual: classes.abcManual !== null },
                { label: t("stage"), value: t(`stages.${classes.stage}`), manual: classes.stageManual !== null },
                { label: t("xyz"), value: classes.xyzClass, manual: classes.xyzManual !== null },
              ]
                .filter((x) => x.value)
                .map((x) => (
                  <Badge key={x.label} tone={x.manual ? "amber" : "slate"}>
                    <span title={`${x.label}: ${x.manual ? t("manual") : t("automatic")}`}>{x.value}</span>
                  </Badge>
                ))}
            </span>
          </span>
        }
        actions={
          <div className="flex flex-col items-end gap-2">
            {can(ctx.role, "counterparty.archive") && (
              <ArchiveForm slug={slug} id={c.id} version={c.version} archived={c.archived} />
            )}
            {can(ctx.role, "counterparty.merge") && <MergeForm slug={slug} id={c.id} />}
            {can(ctx.role, "counterparty.archive") && !card.hasDocuments && (
              <DeleteForm slug={slug} id={c.id} version={c.version} />
            )}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-6">
          {can(ctx.role, "order.read") && (
            <OrdersPanel
              slug={slug}
              counterpartyId={c.id}
              card={card}
              currency={ctx.tenant.currency}
              canCreate={card.canEdit && can(ctx.role, "order.write")}
            />
          )}
          <InteractionsPanel
            slug={slug}
            counterpartyId={c.id}
            card={card}
            timeZone={ctx.tenant.timeZone}
            canPlan={can(ctx.role, "interaction.write") && !c.archived}
            canEmail={can(ctx.role, "email.send")}
          />
          <Card title={t("card.contactInfo")}>
            {c.contactInfo.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("card.noContactInfo")}</p>}
            <ul className="mb-4 divide-y divide-slate-100" data-testid="contact-info">
              {c.contactInfo.map((ci) => (
                <li key={ci.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="text-slate-500">
                      {t(`contactTypes.${ci.type}`)}
                      {ci.label ? ` (${ci.label})` : ""}:
                    </span>{" "}
                    <span className="font-medium">{ci.value}</span>{" "}
                    {ci.isPrimary && <Badge tone="green">{t("card.primary")}</Badge>}
                  </span>
                  {card.canEdit && <RemoveContactInfoButton slug={slug} counterpartyId={c.id} id={ci.id} />}
                </li>
              ))}
            </ul>
            {card.canEdit && <AddContactInfoForm slug={slug} counterpartyId={c.id} />}
          </Card>

          <Card title={t("card.people")}>
            {c.employments.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("card.noPeople")}</p>}
            <ul className="mb-4 space-y-3" data-testid="contact-persons">
              {[...current, ...former].map((e) => {
                const p = e.contactPerson;
                const now = p.employments[0]?.counterparty;
                return (
                  <li
                    key={e.id}
                    className={`rounded-md border border-slate-200 p-3 text-sm ${e.endedOn ? "bg-slate-50 text-slate-500" : ""}`}
                  >
                    <p className="font-medium">
                      {fullName(p)} {e.position && <span className="font-normal text-slate-500">— {e.position}</span>}{" "}
                      <Badge>{t(`person.roles.${p.decisionRole}`)}</Badge>
                      {e.endedOn && (
                        <span className="ml-2 text-xs">
                          ({t("card.formerEmployee")}
                          {now && (
                            <>
                              ,{" "}
                              <Link className="underline" href={`/t/${slug}/counterparties/${now.id}`}>
                                {t("card.worksAt", { company: now.name })}
                              </Link>
                            </>
                          )}
                          )
                        </span>
                      )}
                    </p>
                    {p.birthday && (
                      <p className="text-xs text-slate-500">
                        {t("person.birthday")}: {format.dateTime(p.birthday, { dateStyle: "long", timeZone: "UTC" })}
                      </p>
                    )}
                    <ul className="mt-1 text-slate-700">
                      {p.contactInfo.map((ci) => (
                        <li key={ci.id}>
                          <span className="text-slate-500">{t(`contactTypes.${ci.type}`)}:</span> {ci.value}
                          {ci.type === "EMAIL" && !e.endedOn && can(ctx.role, "email.send") && (
                            <Link
                              href={`/t/${slug}/emails/new?counterparty=${c.id}&person=${p.id}`}
                              className="ml-2 text-xs text-brand-700 hover:underline"
                              data-testid="write-email"
                            >
                              {ti("writeEmail")}
                            </Link>
                          )}
                        </li>
                      ))}
                    </ul>
                    {personFields.length > 0 && !e.endedOn && (
                      <details className="mt-2" data-testid="person-fields">
                        <summary className="cursor-pointer text-xs text-brand-700">{tf("personFields")}</summary>
                        <div className="mt-2">
                          <CustomFieldsForm
                            of="contactPerson"
                            slug={slug}
                            id={p.id}
                            version={p.version}
                            fields={personFields}
                            values={parseStoredValues(personFields, p.customFields)}
                            users={options.managers}
                            role={ctx.role}
                            canEdit={card.canEdit}
                          />
                        </div>
                      </details>
                    )}
                    {card.canEdit && !e.endedOn && (
                      <>
                        <details className="mt-2">
                          <summary className="cursor-pointer text-xs text-brand-700">{t("card.addContact")}</summary>
                          <div className="mt-2">
                            <AddContactInfoForm slug={slug} counterpartyId={c.id} contactPersonId={p.id} />
                          </div>
                        </details>
                        <MovePersonForm slug={slug} contactPersonId={p.id} fromCounterpartyId={c.id} />
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
            {card.canEdit && (
              <details data-testid="add-person">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("card.addPerson")}</summary>
                <div className="mt-3">
                  <AddPersonForm slug={slug} counterpartyId={c.id} />
                </div>
              </details>
            )}
          </Card>

          {fields.length > 0 && (
            <Card title={tf("cardTitle")}>
              <CustomFieldsForm
                slug={slug}
                id={c.id}
                version={c.version}
                fields={fields}
                values={parseStoredValues(fields, c.customFields)}
                users={options.managers}
                role={ctx.role}
                canEdit={card.canEdit}
              />
            </Card>
          )}

          {c.isSupplier && (
            <Card title={t("supplier.title")}>
              <SupplierForm slug={slug} counterpartyId={c.id} terms={c.supplier} canEdit={card.canEdit} />
              <SuppliedProducts
                slug={slug}
                counterpartyId={c.id}
                canEdit={card.canEdit}
                supplies={c.supplies.map((s) => ({
                  id: s.id,
                  purchasePrice: s.purchasePrice.toFixed(2),
                  product: s.product,
                }))}
                formatPrice={Object.fromEntries(c.supplies.map((s) => [s.id, money(s.purchasePrice)]))}
              />
            </Card>
          )}

          <Card title={t("card.requisites")}>
            {card.canEdit ? (
              <RequisitesForm slug={slug} id={c.id} version={c.version} values={c} sources={options.sources} />
            ) : (
              <>
                <p className="mb-3 text-xs text-slate-500">{t("card.readOnly")}</p>
                <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
                  <dt className="text-slate-500">{t("legalName")}</dt>
                  <dd>{c.legalName ?? "—"}</dd>
                  <dt className="text-slate-500">{t("taxId")}</dt>
                  <dd>{c.taxId ?? "—"}</dd>
                  <dt className="text-slate-500">{t("kpp")}</dt>
                  <dd>{c.kpp ?? "—"}</dd>
                  <dt className="text-slate-500">{t("source")}</dt>
                  <dd>{c.source?.name ?? "—"}</dd>
                  <dt className="text-slate-500">{t("notes")}</dt>
                  <dd className="whitespace-pre-wrap">{c.notes ?? "—"}</dd>
                </dl>
              </>
            )}
          </Card>
        </div>
        <ClassificationPanel
          slug={slug}
          card={card}
          timeZone={ctx.tenant.timeZone}
          canOverride={can(ctx.role, "classification.override")}
        />
        <Card title={t("card.timeline")}>
          <Timeline slug={slug} entries={card.timeline} timeZone={ctx.tenant.timeZone} currency={ctx.tenant.currency} />
          <Pagination page={historyPage} hasNext={card.timelineHasNext} hrefFor={(page) => `?history=${page}`} />
        </Card>
      </div>
    </>
  );
}
