import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SummaryLabel } from "../report-parts";

async function OrderCount({ label, count }: { label: string; count: number }) {
  const t = await getTranslations("reports.failedOrders");
  return <SummaryLabel label={<>{label} </>} counted={t("count")} count={count} />;
}

/** A sub-total or the grand total: the number of orders beside the label, the amount in its column. */
export function failedOrderSummary(
  label: string,
  figures: { count: number; amount: string },
  money: (amount: string) => string,
): { label: ReactNode; cells: ReactNode[] } {
  return { label: <OrderCount label={label} count={figures.count} />, cells: ["", "", "", money(figures.amount), ""] };
}
