import { getFormatter, getTranslations } from "next-intl/server";
import { changeDirection } from "@/domain/classification/change-direction";
import { UNCLASSIFIED } from "@/domain/classification/unclassified";
import { Card } from "@/components/ui/card";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { OverrideForm } from "../../analytics/classification/override-form";

/** The client's classes with their history (arrows, who and why), and a director's override (SPEC §6.4–6.5). */
export async function ClassificationPanel({
  slug,
  card,
  timeZone,
  canOverride,
}: {
  slug: string;
  card: CounterpartyCard;
  timeZone: string;
  canOverride: boolean;
}) {
  const [t, ts, format] = await Promise.all([
    getTranslations("classification"),
    getTranslations("counterparties"),
    getFormatter(),
  ]);
  const c = card.counterparty;
  const classes = card.classification ?? UNCLASSIFIED;
  const shown = (dimension: string, v: string | null) =>
    v === null ? "—" : dimension === "STAGE" ? ts(`stages.${v}` as "stages.REGULAR") : v;
  return (
    <Card title={t("title")}>
      {card.classificationChanges.length === 0 && (
        <p className="mb-3 text-sm text-slate-500" data-testid="classification-no-history">
          {t("noHistory")}
        </p>
      )}
      {card.classificationChanges.length > 0 && (
        <ul className="mb-3 space-y-1 text-sm" data-testid="classification-history">
          {card.classificationChanges.map((h) => {
            const direction = changeDirection(h.dimension, h.fromValue, h.toValue);
            return (
              <li key={h.id}>
                <span className={direction === "up" ? "text-emerald-700" : "text-red-700"}>
                  {direction === "up" ? "▲" : direction === "down" ? "▼" : "·"}
                </span>{" "}
                {t(`dimensions.${h.dimension}`)}: {shown(h.dimension, h.fromValue)} → {shown(h.dimension, h.toValue)}
                <span className="text-xs text-slate-500">
                  {" "}
                  · {format.dateTime(h.createdAt, { dateStyle: "short", timeZone })} ·{" "}
                  {h.automatic ? t("automatic") : `${h.user?.user.name ?? "—"}${h.reason ? `: ${h.reason}` : ""}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {canOverride && (
        <details data-testid="classification-override">
          <summary className="cursor-pointer text-sm text-brand-700">{t("setByHand")}</summary>
          <div className="mt-3">
            <OverrideForm slug={slug} values={{ counterpartyId: c.id, ...classes }} />
          </div>
        </details>
      )}
    </Card>
  );
}
