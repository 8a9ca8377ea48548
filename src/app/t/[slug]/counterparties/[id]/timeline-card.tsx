import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { Timeline } from "./timeline";

/** One page of the client's history, newest first. */
export async function TimelineCard({
  slug,
  card,
  historyPage,
  timeZone,
  currency,
}: {
  slug: string;
  card: CounterpartyCard;
  historyPage: number;
  timeZone: string;
  currency: string;
}) {
  const t = await getTranslations("counterparties");
  return (
    <Card title={t("card.timeline")}>
      <Timeline slug={slug} entries={card.timeline} timeZone={timeZone} currency={currency} />
      <Pagination page={historyPage} hasNext={card.timelineHasNext} hrefFor={(page) => `?history=${page}`} />
    </Card>
  );
}
