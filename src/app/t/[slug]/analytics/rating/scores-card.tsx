import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ScoreBars } from "./rating-charts";

/** Every manager's weighted score as a bar, in rating order. */
export async function ScoresCard({ rows }: { rows: { member: { name: string }; score: number }[] }) {
  const t = await getTranslations("rating");
  return (
    <Card title={t("scoresChart")}>
      <ScoreBars
        data={rows.map((r) => ({ name: r.member.name, score: Math.round(r.score * 10) / 10 }))}
        label={t("score")}
      />
    </Card>
  );
}
