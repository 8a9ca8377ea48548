"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { RemotePicker } from "@/components/forms/remote-picker";
import { removeSuppliedProductAction, saveSuppliedProductAction } from "../actions";

interface Supplied {
  id: string;
  purchasePrice: string;
  product: { sku: string; name: string; unit: string };
}

/** What the supplier delivers and at what purchase price; a product added again gets its new price. */
export function SuppliedProducts({
  slug,
  counterpartyId,
  supplies,
  canEdit,
  formatPrice,
}: {
  slug: string;
  counterpartyId: string;
  supplies: Supplied[];
  canEdit: boolean;
  formatPrice: Record<string, string>;
}) {
  const t = useTranslations("counterparties.supplier");
  const lookup = useCallback((q: string) => `/t/${slug}/products/lookup?q=${encodeURIComponent(q)}`, [slug]);
  return (
    <div className="mt-4 border-t border-slate-100 pt-4" data-testid="supplied-products">
      <h3 className="mb-2 text-sm font-semibold">{t("products")}</h3>
      {supplies.length === 0 ? (
        <p className="mb-3 text-sm text-slate-500">{t("noProducts")}</p>
      ) : (
        <ul className="mb-3 divide-y divide-slate-100 text-sm">
          {supplies.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 py-1.5">
              <span>
                {s.product.name} <span className="text-xs text-slate-500">{s.product.sku}</span>
              </span>
              <span className="flex items-center gap-2">
                <span className="tabular-nums">
                  {formatPrice[s.id]} / {s.product.unit}
                </span>
                {canEdit && (
                  <ActionForm action={(form) => removeSuppliedProductAction(slug, form)} className="inline">
                    <input type="hidden" name="id" value={s.id} />
                    <SubmitButton variant="danger" size="sm">
                      {t("remove")}
                    </SubmitButton>
                  </ActionForm>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        // Keyed by the list, so the product picker starts empty again once a product is added.
        <ActionForm
          key={supplies.map((s) => s.id + s.purchasePrice).join()}
          action={(form) => saveSuppliedProductAction(slug, form)}
          resetOnSuccess
          className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]"
        >
          <input type="hidden" name="counterpartyId" value={counterpartyId} />
          <RemotePicker lookupUrl={lookup} name="productId" label={t("product")} />
          <TextField name="purchasePrice" label={t("purchasePrice")} inputMode="decimal" />
          <SubmitButton variant="secondary">{t("addProduct")}</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
