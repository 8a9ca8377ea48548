import { getTranslations } from "next-intl/server";
import { UNCLASSIFIED } from "@/domain/classification/unclassified";
import { Badge } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";

/** ABC, stage and XYZ in the card's header; amber where a director set the class by hand. */
export async function ClassificationBadges({ card }: { card: CounterpartyCard }) {
  const t = await getTranslations("counterparties");
  const classes = card.classification ?? UNCLASSIFIED;
  return (
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
  );
}
