import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import type { RequisitesValues } from "../requisites-fields";
import { RequisitesForm } from "./requisites-form";

/** Only the requisites go to the browser: the record also holds every custom field, hidden ones included. */
function requisitesOf(c: CounterpartyCard["counterparty"]): RequisitesValues {
  return {
    kind: c.kind,
    name: c.name,
    legalName: c.legalName,
    taxId: c.taxId,
    kpp: c.kpp,
    isCustomer: c.isCustomer,
    isSupplier: c.isSupplier,
    isPartner: c.isPartner,
    isCompetitor: c.isCompetitor,
    isOther: c.isOther,
    sourceId: c.sourceId,
    notes: c.notes,
  };
}

/** The requisites as a form for those who may edit the company, read-only for the others. */
export async function RequisitesCard({
  slug,
  card,
  sources,
}: {
  slug: string;
  card: CounterpartyCard;
  sources: { id: string; name: string }[];
}) {
  const t = await getTranslations("counterparties");
  const c = card.counterparty;
  return (
    <Card title={t("card.requisites")}>
      {card.canEdit ? (
        <RequisitesForm slug={slug} id={c.id} version={c.version} values={requisitesOf(c)} sources={sources} />
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
  );
}
