import type { ReactNode } from "react";
import { getFormatter } from "next-intl/server";
import { sourceCells, type SourceRow } from "@/domain/reports/source-efficiency";

async function ReturnOnCost({ value }: { value: number | null }) {
  if (value === null) return "—";
  const format = await getFormatter();
  return (
    <span className={value < 0 ? "text-red-700" : "text-emerald-700"}>
      {format.number(value, { style: "percent", maximumFractionDigits: 1 })}
    </span>
  );
}

/** A source line's or the total's figure cells, in the report's column order. */
export function sourceFigures(row: SourceRow, money: (value: string | null) => string): ReactNode[] {
  return sourceCells<ReactNode>(row, {
    count: (n) => n,
    money,
    ratio: (value) => <ReturnOnCost value={value} />,
  });
}
