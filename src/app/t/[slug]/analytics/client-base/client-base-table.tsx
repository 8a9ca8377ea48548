import Decimal from "decimal.js";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ClientBaseRow } from "@/server/analytics/client-base-dynamics";

const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;
const MONEY = ["revenueNew", "revenueRegular", "profitNew", "profitRegular"] as const;

/** Flows add up over the buckets; stages are a state, so the total row shows those at the period's end. */
function totals(rows: ClientBaseRow[]) {
  const sum = (key: (typeof MONEY)[number]) => rows.reduce((s, r) => s.plus(r[key]), new Decimal(0)).toFixed(2);
  return {
    newCustomers: rows.reduce((s, r) => s + r.newCustomers, 0),
    lostCustomers: rows.reduce((s, r) => s + r.lostCustomers, 0),
    ...(Object.fromEntries(MONEY.map((k) => [k, sum(k)])) as Record<(typeof MONEY)[number], string>),
    stages: rows.at(-1)?.stages,
  };
}

const GROUP = "border-l border-slate-200";

function Cell({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-2 py-2 text-right align-top tabular-nums ${className}`}>{children}</td>;
}

/**
 * The figures per bucket under three grouped headings (clients, revenue, stages at the bucket's end), so that all
 * eleven columns fit the page; a total row at the foot.
 */
export async function ClientBaseTable({
  rows,
  label,
  partial,
  money,
}: {
  rows: ClientBaseRow[];
  label: (r: ClientBaseRow) => string;
  partial: (r: ClientBaseRow) => boolean;
  money: (v: string) => string;
}) {
  const [t, ta, ts, format] = await Promise.all([
    getTranslations("clientBase"),
    getTranslations("analytics"),
    getTranslations("counterparties"),
    getFormatter(),
  ]);
  const share = (part: string, other: string) => {
    const whole = new Decimal(part).plus(other);
    return whole.isZero()
      ? "—"
      : format.number(new Decimal(part).div(whole).toNumber(), { style: "percent", maximumFractionDigits: 1 });
  };
  const revenue = (amount: string, profit: string) => (
    <>
      {money(amount)}
      <div className="text-xs font-normal text-slate-500">{t("profit", { amount: money(profit) })}</div>
    </>
  );
  const total = totals(rows);
  const sub = "px-2 pb-2 text-right text-xs font-medium";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="client-base-table">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th rowSpan={2} scope="col" className="px-3 py-2 text-left align-bottom font-medium">
              {t("bucket")}
            </th>
            <th colSpan={3} scope="colgroup" className={`${GROUP} px-2 pt-2 text-center font-medium`}>
              {t("groups.customers")}
            </th>
            <th colSpan={3} scope="colgroup" className={`${GROUP} px-2 pt-2 text-center font-medium`}>
              {t("groups.revenue")}
            </th>
            <th colSpan={4} scope="colgroup" className={`${GROUP} px-2 pt-2 text-center font-medium`}>
              {t("stagesAtEnd")}
            </th>
          </tr>
          <tr>
            <th scope="col" className={`${GROUP} ${sub}`}>
              {t("columns.new")}
            </th>
            <th scope="col" className={sub}>
              {t("columns.lost")}
            </th>
            <th scope="col" className={sub}>
              {t("columns.returning")}
            </th>
            <th scope="col" className={`${GROUP} ${sub}`}>
              {t("columns.revenueNew")}
            </th>
            <th scope="col" className={sub}>
              {t("columns.revenueRegular")}
            </th>
            <th scope="col" className={sub}>
              {t("columns.share")}
            </th>
            {STAGES.map((s, i) => (
              <th key={s} scope="col" className={`${i === 0 ? GROUP : ""} ${sub}`}>
                {ts(`stages.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.from} data-testid="client-base-row">
              <td className="whitespace-nowrap px-3 py-2 align-top">
                {label(r)}
                {partial(r) && <div className="text-xs text-slate-500">{t("partial")}</div>}
              </td>
              <Cell className={GROUP}>{r.newCustomers}</Cell>
              <Cell>{r.lostCustomers}</Cell>
              <Cell>{r.returningCustomers}</Cell>
              <Cell className={`${GROUP} whitespace-nowrap`}>{revenue(r.revenueNew, r.profitNew)}</Cell>
              <Cell className="whitespace-nowrap">{revenue(r.revenueRegular, r.profitRegular)}</Cell>
              <Cell>{share(r.revenueNew, r.revenueRegular)}</Cell>
              {STAGES.map((s, i) => (
                <Cell key={s} className={i === 0 ? GROUP : ""}>
                  {r.stages[s]}
                </Cell>
              ))}
            </tr>
          ))}
          <tr className="bg-slate-50 font-semibold" data-testid="client-base-total">
            <td className="px-3 py-2 align-top">{ta("total")}</td>
            <Cell className={GROUP}>{total.newCustomers}</Cell>
            <Cell>{total.lostCustomers}</Cell>
            <Cell>—</Cell>
            <Cell className={`${GROUP} whitespace-nowrap`}>{revenue(total.revenueNew, total.profitNew)}</Cell>
            <Cell className="whitespace-nowrap">{revenue(total.revenueRegular, total.profitRegular)}</Cell>
            <Cell>{share(total.revenueNew, total.revenueRegular)}</Cell>
            {STAGES.map((s, i) => (
              <Cell key={s} className={i === 0 ? GROUP : ""}>
                {total.stages?.[s] ?? "—"}
              </Cell>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
