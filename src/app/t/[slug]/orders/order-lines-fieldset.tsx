"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { useFormState } from "@/components/forms/action-form";
import { sum } from "@/domain/orders/amounts";
import { amountOf, newLine, type OrderLineValues } from "./order-form-values";
import { OrderLineRow } from "./order-line-row";
import { OrderTotalRow } from "./order-total-row";

function LinesError() {
  const error = useFormState().fieldErrors.lines;
  return error ? <p className="text-sm text-red-600">{error}</p> : null;
}

export function OrderLinesFieldset({
  slug,
  initial,
  locked,
}: {
  slug: string;
  initial: OrderLineValues[];
  locked: boolean;
}) {
  const t = useTranslations("orders");
  const [lines, setLines] = useState(initial.length ? initial : [newLine()]);
  const productLookup = useCallback((q: string) => `/t/${slug}/products/lookup?q=${encodeURIComponent(q)}`, [slug]);
  const update = (key: string, patch: Partial<OrderLineValues>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const amounts = lines.map(amountOf);
  const total = amounts.every((a) => a !== null) ? sum(amounts as string[]) : null;

  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="mb-2 text-sm font-semibold text-slate-800">{t("lines")}</legend>
      {locked && <p className="text-sm text-amber-700">{t("linesLocked")}</p>}
      <LinesError />
      {/* No overflow container here: it would clip the product picker's list of matches. */}
      <div>
        <table className="min-w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="w-8 py-1">#</th>
              <th className="min-w-64 py-1">{t("product")}</th>
              <th className="w-28 py-1">{t("quantity")}</th>
              <th className="w-32 py-1">{t("price")}</th>
              <th className="w-24 py-1">{t("discount")}</th>
              <th className="w-32 py-1 text-right">{t("amount")}</th>
              <th className="w-10" />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <OrderLineRow
                key={line.key}
                line={line}
                index={index}
                amount={amounts[index] ?? null}
                productLookup={productLookup}
                onChange={(patch) => update(line.key, patch)}
                onRemove={
                  lines.length > 1 && !locked
                    ? () => setLines((all) => all.filter((l) => l.key !== line.key))
                    : undefined
                }
              />
            ))}
          </tbody>
          <tfoot>
            <OrderTotalRow
              total={total}
              onAddLine={locked ? undefined : () => setLines((all) => [...all, newLine()])}
            />
          </tfoot>
        </table>
      </div>
    </fieldset>
  );
}
