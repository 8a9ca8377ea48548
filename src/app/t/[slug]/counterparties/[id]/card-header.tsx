import { getTranslations } from "next-intl/server";
import { Badge, PageHeader } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { ArchiveForm, DeleteForm, MergeForm } from "./admin-forms";
import { ClassificationBadges } from "./classification-badges";

const RELATION_FLAGS = [
  ["isCustomer", "customer"],
  ["isSupplier", "supplier"],
  ["isPartner", "partner"],
  ["isCompetitor", "competitor"],
  ["isOther", "other"],
] as const;

/** The client's name, what he is to us and who looks after him, with the archive, merge and delete actions. */
export async function CardHeader({
  slug,
  card,
  canArchive,
  canMerge,
}: {
  slug: string;
  card: CounterpartyCard;
  canArchive: boolean;
  canMerge: boolean;
}) {
  const t = await getTranslations("counterparties");
  const c = card.counterparty;
  return (
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
          <ClassificationBadges card={card} />
        </span>
      }
      actions={
        <div className="flex flex-col items-end gap-2">
          {canArchive && <ArchiveForm slug={slug} id={c.id} version={c.version} archived={c.archived} />}
          {canMerge && <MergeForm slug={slug} id={c.id} />}
          {canArchive && !card.hasDocuments && <DeleteForm slug={slug} id={c.id} version={c.version} />}
        </div>
      }
    />
  );
}
