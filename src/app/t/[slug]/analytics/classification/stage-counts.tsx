import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RunCounts } from "@/server/classification/run-classification";
import { CountDelta } from "./count-delta";
import { counterpartyListHref } from "./counterparty-list-href";

const STAGES = ["REGULAR", "ONE_TIME", "POTENTIAL", "LOST"] as const;

/** Customers per stage of the latest run, each stage linking to its customers. */
export async function StageCounts({
  slug,
  stages,
  previous,
}: {
  slug: string;
  stages: RunCounts["stages"];
  previous: RunCounts["stages"] | undefined;
}) {
  const [t, ts] = await Promise.all([getTranslations("classification"), getTranslations("counterparties")]);
  return (
    <Card title={t("stage")}>
      <ul className="space-y-2 text-sm" data-testid="classification-stages">
        {STAGES.map((s) => (
          <li key={s} className="flex justify-between">
            <Link href={counterpartyListHref(slug, { stage: s })} className="hover:underline">
              {ts(`stages.${s}`)}
            </Link>
            <span className="font-semibold">
              {stages[s] ?? 0}
              <CountDelta now={stages[s] ?? 0} before={previous ? (previous[s] ?? 0) : undefined} />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
