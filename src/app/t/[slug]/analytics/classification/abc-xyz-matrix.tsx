import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import { Card } from "@/components/ui/card";
import type { RunCounts } from "@/server/classification/run-classification";
import { CountDelta } from "./count-delta";
import { counterpartyListHref } from "./counterparty-list-href";

const ABC_ROWS = ["A", "B", "C", "-"] as const;
const XYZ_COLUMNS = ["X", "Y", "Z", "-"] as const;

/** Customers and their revenue per ABC × XYZ cell of the latest run, each count linking to the customers it counts. */
export async function AbcXyzMatrix({
  slug,
  counts,
  previous,
  currency,
}: {
  slug: string;
  counts: RunCounts;
  previous: RunCounts | null;
  currency: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("classification"), getLocale()]);
  const money = moneyFormatter(locale, currency);
  const list = (query: Record<string, string>) => counterpartyListHref(slug, query);
  return (
    <Card title={t("matrix")}>
      <table className="w-full text-sm" data-testid="classification-matrix">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="py-1" />
            {XYZ_COLUMNS.map((x) => (
              <th key={x} className="py-1">
                {x === "-" ? t("notRegular") : x}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ABC_ROWS.map((a) => (
            <tr key={a} className="border-t border-slate-100 align-top">
              <th className="py-2 pr-2 text-left">{a === "-" ? t("noAbc") : a}</th>
              {XYZ_COLUMNS.map((x) => {
                const cell = `${a}:${x}`;
                const count = counts.cells[cell] ?? 0;
                const href =
                  a !== "-" ? list(x !== "-" ? { abc: a, xyz: x } : { abc: a }) : x !== "-" ? list({ xyz: x }) : null;
                return (
                  <td key={x} className="py-2" data-cell={cell}>
                    {href && count > 0 ? (
                      <Link href={href} className="font-semibold text-brand-700 hover:underline">
                        {count}
                      </Link>
                    ) : (
                      <span className="font-semibold">{count}</span>
                    )}
                    <CountDelta now={count} before={previous ? (previous.cells[cell] ?? 0) : undefined} />
                    <div className="text-xs text-slate-500">{money(counts.revenue[cell] ?? "0")}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
