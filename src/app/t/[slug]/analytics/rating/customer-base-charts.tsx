import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { AbcBars, StageFunnel } from "./rating-charts";

const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;

/** Today's customers per stage as a funnel and per ABC class as bars. */
export async function CustomerBaseCharts({
  base,
}: {
  base: { stages: { stage: string; customers: number }[]; abc: { abcClass: string; customers: number }[] };
}) {
  const t = await getTranslations("rating");
  const stageCount = (s: string) => base.stages.find((x) => x.stage === s)?.customers ?? 0;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <Card title={t("funnel")}>
        <StageFunnel
          data={STAGES.map((s) => ({ stage: s, name: t(`stages.${s}`), customers: stageCount(s) }))}
          label={t("customers")}
        />
      </Card>
      <Card title={t("abc")}>
        <AbcBars data={base.abc} label={t("customers")} />
      </Card>
    </div>
  );
}
