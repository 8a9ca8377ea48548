"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, useFormState } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/server/actions/action-result";
import type { OrderFormValues } from "./order-form-values";
import { OrderDetailsFields } from "./order-details-fields";
import { OrderLinesFieldset } from "./order-lines-fieldset";

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
  return (
    <ActionForm
      action={action}
      onSuccess={(data) => (data.id ? router.push(`/t/${slug}/orders/${data.id}`) : undefined)}
      successMessage={t("saved")}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <OrderDetailsFields
        slug={slug}
        values={values}
        managers={managers}
        sources={sources}
        counterpartyLocked={linesLocked}
      />
      <OrderLinesFieldset slug={slug} initial={values.lines} locked={linesLocked} />
      <TextField name="comment" label={t("comment")} defaultValue={values.comment} maxLength={5000} />
      <div className="flex gap-2">
        {submitLabels.saveAndConfirm && <ConfirmButton label={submitLabels.saveAndConfirm} />}
        <SubmitButton variant={submitLabels.saveAndConfirm ? "secondary" : "primary"}>{submitLabels.save}</SubmitButton>
      </div>
    </ActionForm>
  );
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
