import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SummaryLabel } from "../report-parts";
import { Completeness } from "./completeness";

async function CounterpartyCount({ label, count }: { label: string; count: number }) {
  const t = await getTranslations("reports.contacts");
  return <SummaryLabel label={label} counted={t("counterparties")} count={count} />;
}

/** A sub-total or the grand total: the counterparties beside the label, then the persons and the completeness. */
export function contactSummary(
  label: string,
  figures: { counterparties: number; persons: number; completeness: number | null },
): { label: ReactNode; cells: ReactNode[] } {
  return {
    label: <CounterpartyCount label={label} count={figures.counterparties} />,
    cells: ["", "", "", "", figures.persons, <Completeness key="completeness" value={figures.completeness} />],
  };
}
