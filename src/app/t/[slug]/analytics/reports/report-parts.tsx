import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

/** A report's title with the way back to the list of reports. */
export async function ReportHeader({ slug, title, subtitle }: { slug: string; title: string; subtitle?: ReactNode }) {
  const t = await getTranslations("reports");
  return (
    <PageHeader
      title={title}
      subtitle={subtitle}
      actions={
        <Link href={`/t/${slug}/analytics/reports`} className={buttonClass("secondary")}>
          {t("allReports")}
        </Link>
      }
    />
  );
}

/** A row of a report table that opens a group: its name across the table. */
export function GroupHeadRow({ span, children }: { span: number; children: ReactNode }) {
  return (
    <tr className="bg-slate-50">
      <th scope="rowgroup" colSpan={span} className="px-4 py-2 text-left font-semibold text-slate-800">
        {children}
      </th>
    </tr>
  );
}

/** A summary row's label with how many rows it sums beside it, in lighter type. */
export function SummaryLabel({ label, counted, count }: { label: ReactNode; counted: string; count: number }) {
  return (
    <>
      {label}
      <span className="ml-2 font-normal text-slate-500">
        {counted}: {count}
      </span>
    </>
  );
}

/** A sub-total or the grand total: the label, then one cell per figure column. */
export function SummaryRow({
  label,
  cells,
  grand = false,
  testId,
}: {
  label: ReactNode;
  cells: ReactNode[];
  grand?: boolean;
  testId?: string;
}) {
  return (
    <tr
      className={grand ? "border-t-2 border-slate-300 bg-slate-100 font-semibold" : "bg-slate-50/60 font-medium"}
      data-testid={testId}
    >
      <th scope="row" className="px-4 py-2 text-left">
        {label}
      </th>
      {cells.map((cell, i) => (
        <td key={i} className="px-4 py-2 tabular-nums">
          {cell}
        </td>
      ))}
    </tr>
  );
}
