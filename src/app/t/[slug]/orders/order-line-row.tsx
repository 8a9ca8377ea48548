"use client";

import { useTranslations } from "next-intl";
import { useFormState } from "@/components/forms/action-form";
import { RemotePicker } from "@/components/forms/remote-picker";
import type { OrderLineValues, ProductOption } from "./order-form-values";

const NUMBER_FIELDS = [
  ["quantity", "quantity"],
  ["price", "price"],
  ["discountPercent", "discount"],
] as const;

const CELL = "block w-full rounded-md border px-2 py-1.5 text-sm text-right tabular-nums";

function LineInput({
  name,
  value,
  onChange,
  label,
}: {
  name: string;
  value: string;
  onChange: (v: string) => void;
  label: string;
}) {
  const error = useFormState().fieldErrors[name];
  return (
    <div>
      <input
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        className={`${CELL} ${error ? "border-red-400" : "border-slate-300"}`}
      />
      {error && <p className="mt-1 text-xs text-red-600">{error}</p>}
    </div>
  );
}

export function OrderLineRow({
  line,
  index,
  amount,
  productLookup,
  onChange,
  onRemove,
}: {
  line: OrderLineValues;
  index: number;
  amount: string | null;
  productLookup: (query: string) => string;
  onChange: (patch: Partial<OrderLineValues>) => void;
  onRemove?: () => void;
}) {
  const t = useTranslations("orders");
  const prefix = `lines.${index}`;
  return (
    <tr className="align-top">
      <td className="py-1 text-slate-500">{index + 1}</td>
      <td className="py-1 pr-2">
        <RemotePicker
          lookupUrl={productLookup}
          name={`${prefix}.productId`}
          label={t("product")}
          compact
          initial={line.product}
          onChoose={(p: ProductOption | null) =>
            onChange({ product: p, ...(p && !line.price && { price: p.salePrice }) })
          }
        />
      </td>
      {NUMBER_FIELDS.map(([field, label]) => (
        <td key={field} className="py-1 pr-2">
          <LineInput
            name={`${prefix}.${field}`}
            label={t(label)}
            value={line[field]}
            onChange={(v) => onChange({ [field]: v })}
          />
        </td>
      ))}
      <td className="py-2 text-right tabular-nums" data-testid="line-amount">
        {amount ?? "—"}
      </td>
      <td className="py-1 text-right">
        {onRemove && (
          <button
            type="button"
            onClick={onRemove}
            aria-label={t("removeLine")}
            className="rounded px-2 py-1 text-slate-500 hover:bg-slate-100"
          >
            ×
          </button>
        )}
      </td>
    </tr>
  );
}
