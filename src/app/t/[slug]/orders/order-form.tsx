"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, useFormState } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { CounterpartyPicker, type CounterpartyOption } from "@/components/forms/counterparty-picker";
import { RemotePicker, type PickerOption } from "@/components/forms/remote-picker";
import { Button, buttonClass } from "@/components/ui/button";
import { lineAmount, sum } from "@/domain/orders/amounts";
import type { ActionResult } from "@/server/actions/action-result";

export interface ProductOption extends PickerOption {
  unit: string;
  salePrice: string;
}

export interface OrderLineValues {
  key: string;
  product: ProductOption | null;
  quantity: string;
  price: string;
  discountPercent: string;
}

export interface OrderFormValues {
  date: string;
  counterparty: CounterpartyOption | null;
  contactPersonId: string;
  managerUserId: string;
  expectedShipmentDate: string;
  expectedPaymentDate: string;
  sourceId: string;
  comment: string;
  lines: OrderLineValues[];
}

const CELL = "block w-full rounded-md border px-2 py-1.5 text-sm text-right tabular-nums";

function amountOf(line: OrderLineValues): string | null {
  const norm = (v: string) => v.replace(/[\s\u00a0]/g, "").replace(",", ".") || "0";
  try {
    return lineAmount(norm(line.quantity), norm(line.price), norm(line.discountPercent));
  } catch {
    return null;
  }
}

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

let nextKey = 0;
const newLine = (): OrderLineValues => ({
  key: `l${nextKey++}`,
  product: null,
  quantity: "1",
  price: "",
  discountPercent: "",
});

/**
 * The order form: header and editable lines whose amounts and total follow the typing. The server recomputes
 * every amount; the browser's figures are only a preview. With `linesLocked` (shipments exist) lines are shown
 * disabled, so the browser does not send them.
 */
export function OrderForm({
  slug,
  action,
  values,
  hidden,
  managers,
  sources,
  linesLocked = false,
  submitLabels,
}: {
  slug: string;
  action: (form: FormData) => Promise<ActionResult<{ id?: string }>>;
  values: OrderFormValues;
  hidden: Record<string, string>;
  managers: { id: string; name: string }[] | null;
  sources: { id: string; name: string }[];
  linesLocked?: boolean;
  submitLabels: { save: string; saveAndConfirm?: string };
}) {
  const t = useTranslations("orders");
  const router = useRouter();
  const [lines, setLines] = useState(values.lines.length ? values.lines : [newLine()]);
  const [persons, setPersons] = useState(values.counterparty?.persons ?? []);
  const productLookup = useCallback((q: string) => `/t/${slug}/products/lookup?q=${encodeURIComponent(q)}`, [slug]);
  const update = (key: string, patch: Partial<OrderLineValues>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const amounts = lines.map(amountOf);
  const total = amounts.every((a) => a !== null) ? sum(amounts as string[]) : null;

  return (
    <ActionForm
      action={action}
      onSuccess={(data) => (data.id ? router.push(`/t/${slug}/orders/${data.id}`) : undefined)}
      successMessage={t("saved")}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="date" type="date" label={t("date")} defaultValue={values.date} required />
        <div className="md:col-span-2">
          {linesLocked && values.counterparty ? (
            <>
              <p className="mb-1 text-sm font-medium text-slate-700">{t("counterparty")}</p>
              <p className="py-2 text-sm">{values.counterparty.label}</p>
              <input type="hidden" name="counterpartyId" value={values.counterparty.id} />
            </>
          ) : (
            <CounterpartyPicker
              slug={slug}
              name="counterpartyId"
              label={t("counterparty")}
              initial={values.counterparty}
              onChoose={(o) => setPersons(o?.persons ?? [])}
            />
          )}
        </div>
        <SelectField
          name="contactPersonId"
          label={t("contactPerson")}
          defaultValue={values.contactPersonId}
          options={[{ value: "", label: "—" }, ...persons.map((p) => ({ value: p.id, label: p.name }))]}
        />
        {managers && (
          <SelectField
            name="managerUserId"
            label={t("manager")}
            defaultValue={values.managerUserId}
            options={managers.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        <SelectField
          name="sourceId"
          label={t("source")}
          defaultValue={values.sourceId}
          options={[{ value: "", label: "—" }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <TextField
          name="expectedShipmentDate"
          type="date"
          label={t("expectedShipmentDate")}
          defaultValue={values.expectedShipmentDate}
        />
        <TextField
          name="expectedPaymentDate"
          type="date"
          label={t("expectedPaymentDate")}
          defaultValue={values.expectedPaymentDate}
        />
      </div>

      <fieldset className="space-y-2" disabled={linesLocked}>
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("lines")}</legend>
        {linesLocked && <p className="text-sm text-amber-700">{t("linesLocked")}</p>}
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
              {lines.map((line, index) => {
                const prefix = `lines.${index}`;
                return (
                  <tr key={line.key} className="align-top">
                    <td className="py-1 text-slate-500">{index + 1}</td>
                    <td className="py-1 pr-2">
                      <RemotePicker
                        lookupUrl={productLookup}
                        name={`${prefix}.productId`}
                        label={t("product")}
                        compact
                        initial={line.product}
                        onChoose={(p: ProductOption | null) =>
                          update(line.key, { product: p, ...(p && !line.price && { price: p.salePrice }) })
                        }
                      />
                    </td>
                    <td className="py-1 pr-2">
                      <LineInput
                        name={`${prefix}.quantity`}
                        label={t("quantity")}
                        value={line.quantity}
                        onChange={(v) => update(line.key, { quantity: v })}
                      />
                    </td>
                    <td className="py-1 pr-2">
                      <LineInput
                        name={`${prefix}.price`}
                        label={t("price")}
                        value={line.price}
                        onChange={(v) => update(line.key, { price: v })}
                      />
                    </td>
                    <td className="py-1 pr-2">
                      <LineInput
                        name={`${prefix}.discountPercent`}
                        label={t("discount")}
                        value={line.discountPercent}
                        onChange={(v) => update(line.key, { discountPercent: v })}
                      />
                    </td>
                    <td className="py-2 text-right tabular-nums" data-testid="line-amount">
                      {amounts[index] ?? "—"}
                    </td>
                    <td className="py-1 text-right">
                      {lines.length > 1 && !linesLocked && (
                        <button
                          type="button"
                          onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
                          aria-label={t("removeLine")}
                          className="rounded px-2 py-1 text-slate-500 hover:bg-slate-100"
                        >
                          ×
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={5} className="py-2">
                  {!linesLocked && (
                    <Button variant="secondary" size="sm" onClick={() => setLines((all) => [...all, newLine()])}>
                      {t("addLine")}
                    </Button>
                  )}
                </td>
                <td className="py-2 text-right font-semibold tabular-nums" data-testid="order-total">
                  {total ?? "—"}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </fieldset>

      <TextField name="comment" label={t("comment")} defaultValue={values.comment} maxLength={5000} />
      <div className="flex gap-2">
        {submitLabels.saveAndConfirm && <ConfirmButton label={submitLabels.saveAndConfirm} />}
        <SubmitButton variant={submitLabels.saveAndConfirm ? "secondary" : "primary"}>{submitLabels.save}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function LinesError() {
  const error = useFormState().fieldErrors.lines;
  return error ? <p className="text-sm text-red-600">{error}</p> : null;
}

/** Saves and confirms in one go: the button's name/value travels with the form. */
function ConfirmButton({ label }: { label: string }) {
  const { pending } = useFormState();
  return (
    <button type="submit" name="confirm" value="true" disabled={pending} className={buttonClass()}>
      {label}
    </button>
  );
}
