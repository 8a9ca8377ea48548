import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { changeDirection } from "@/domain/classification/change-direction";
import { Card } from "@/components/ui/card";
import type { RunChange } from "@/server/classification/classification-report";

const ARROW = { up: "▲", down: "▼" } as const;

/** The values the latest run changed, an arrow telling better from worse. */
export async function LastRunChanges({ slug, changes, count }: { slug: string; changes: RunChange[]; count: number }) {
  const [t, ts] = await Promise.all([getTranslations("classification"), getTranslations("counterparties")]);
  const shown = (dimension: string, v: string | null) =>
    v === null ? "—" : dimension === "STAGE" ? ts(`stages.${v}`) : v;
  return (
    <Card title={t("changes", { count })} className="mt-6">
      {changes.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noChanges")}</p>
      ) : (
        <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="classification-changes">
          {changes.map((c) => {
            const direction = changeDirection(c.dimension, c.fromValue, c.toValue);
            return (
              <li key={c.id}>
                <span className={direction === "up" ? "text-emerald-700" : "text-red-700"}>
                  {direction ? ARROW[direction] : "·"}
                </span>{" "}
                <Link href={`/t/${slug}/counterparties/${c.counterpartyId}`} className="hover:underline">
                  {c.counterpartyName}
                </Link>
                : {t(`dimensions.${c.dimension}`)} {shown(c.dimension, c.fromValue)} → {shown(c.dimension, c.toValue)}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
