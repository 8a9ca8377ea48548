"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { createProductAction, updateProductAction } from "./actions";

export interface ProductValues {
  id?: string;
  version?: number;
  sku: string;
  name: string;
  unit: string;
  salePrice: string;
  costPrice: string;
  active: boolean;
}

const EMPTY: ProductValues = { sku: "", name: "", unit: "шт", salePrice: "", costPrice: "", active: true };

/** Creates a product, or edits one when `values.id` is given (with its version, so concurrent edits are refused). */
export function ProductForm({ slug, values = EMPTY }: { slug: string; values?: ProductValues }) {
  const t = useTranslations("products");
  const editing = Boolean(values.id);
  return (
    <ActionForm
      action={(form) => (editing ? updateProductAction(slug, form) : createProductAction(slug, form))}
      successMessage={t("saved")}
      resetOnSuccess={!editing}
      className="grid gap-3 md:grid-cols-6"
    >
      {editing && (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      )}
      <TextField name="sku" label={t("sku")} defaultValue={values.sku} required maxLength={64} />
      <div className="md:col-span-2">
        <TextField name="name" label={t("name")} defaultValue={values.name} required maxLength={300} />
      </div>
      <TextField name="unit" label={t("unit")} defaultValue={values.unit} maxLength={20} />
      <TextField name="salePrice" label={t("salePrice")} defaultValue={values.salePrice} inputMode="decimal" required />
      <TextField name="costPrice" label={t("costPrice")} defaultValue={values.costPrice} inputMode="decimal" required />
      <div className="flex items-center gap-4 md:col-span-6">
        <CheckboxField name="active" label={t("active")} defaultChecked={values.active} />
        <SubmitButton>{editing ? t("save") : t("add")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
