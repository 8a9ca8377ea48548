"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFormState } from "@/components/forms/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { PAYMENT_METHODS } from "@/domain/orders/document-input";
import { createShipmentAction, registerPaymentAction } from "../actions";

interface RemainingLine {
  id: string;
  product: string;
  unit: string;
  remaining: string;
}

function QuantityCell({ name, defaultValue, label }: { name: string; defaultValue: string; label: string }) {
  const error = useFormState().fieldErrors[name];
  return (
    <>
      <input
        name={name}
        defaultValue={defaultValue}
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        className={`w-28 rounded-md border px-2 py-1 text-right text-sm tabular-nums ${error ? "border-red-400" : "border-slate-300"}`}
      />
      {error && <p className="mt-1 text-xs text-red-600">{error}</p>}
    </>
  );
}

/** A shipment prefilled with everything that remains; the user lowers what does not go today. */
export function ShipmentForm({
  slug,
  orderId,
  lines,
  today,
  idempotencyKey,
  shippers,
}: {
  slug: string;
  orderId: string;
  lines: RemainingLine[];
  today: string;
  idempotencyKey: string;
  shippers: { id: string; name: string }[] | null;
}) {
  const t = useTranslations("orders");
  return (
    <ActionForm
      action={(form) => createShipmentAction(slug, form)}
      successMessage={(d) => t("shipmentCreated", { number: d.number })}
      className="space-y-3"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="date" type="date" label={t("shipmentDate")} defaultValue={today} />
        {shippers && (
          <SelectField
            name="shipperUserId"
            label={t("shipper")}
            options={shippers.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
      </div>
      <table className="min-w-full text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-1">{t("product")}</th>
            <th className="py-1 text-right">{t("remaining")}</th>
            <th className="py-1 text-right">{t("shipNow")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id}>
              <td className="py-1">{line.product}</td>
              <td className="py-1 text-right tabular-nums">
                {line.remaining} {line.unit}
              </td>
              <td className="py-1 text-right">
                <input type="hidden" name={`lines.${index}.orderLineId`} value={line.id} />
                <QuantityCell
                  name={`lines.${index}.quantity`}
                  defaultValue={line.remaining}
                  label={`${t("shipNow")}: ${line.product}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TextField name="comment" label={t("comment")} maxLength={2000} />
      <SubmitButton>{t("ship")}</SubmitButton>
    </ActionForm>
  );
}

export function PaymentForm({
  slug,
  orderId,
  remaining,
  today,
  idempotencyKey,
}: {
  slug: string;
  orderId: string;
  remaining: string;
  today: string;
  idempotencyKey: string;
}) {
  const t = useTranslations("orders");
  return (
    <ActionForm
      action={(form) => registerPaymentAction(slug, form)}
      successMessage={(d) => t("paymentRegistered", { number: d.number })}
      className="space-y-3"
    >
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="date" type="date" label={t("paymentDate")} defaultValue={today} />
        <TextField name="amount" label={t("paymentAmount")} defaultValue={remaining} inputMode="decimal" />
        <SelectField
          name="method"
          label={t("method")}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
        />
      </div>
      <TextField name="comment" label={t("comment")} maxLength={2000} />
      <SubmitButton>{t("registerPayment")}</SubmitButton>
    </ActionForm>
  );
}
