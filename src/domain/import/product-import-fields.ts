import { productSchema, type ProductInput } from "@/domain/products/product-input";
import type { ImportRowError, ImportTarget, RowResult } from "./import-target";

const PRODUCT_IMPORT_FIELDS = ["sku", "name", "unit", "salePrice", "costPrice", "active"] as const;
export type ProductImportField = (typeof PRODUCT_IMPORT_FIELDS)[number];

const SYNONYMS: Record<ProductImportField, string[]> = {
  sku: ["артикул", "код", "sku", "code", "article"],
  name: ["наименование", "название", "номенклатура", "товар", "name", "product"],
  unit: ["едизм", "единица", "единицаизмерения", "unit", "uom"],
  salePrice: ["цена", "ценапродажи", "ценареализации", "price", "saleprice"],
  costPrice: ["себестоимость", "закупочнаяцена", "cost", "costprice"],
  active: ["активен", "активный", "active"],
};

const INACTIVE = new Set(["0", "нет", "no", "false", "неактивен", "n"]);

/** A product row: SKU and name required; prices as Russian Excel writes them; "Активен" empty means active. */
function validateProductRow(values: Partial<Record<ProductImportField, string>>, row: number): RowResult<ProductInput> {
  const result = productSchema.safeParse({
    sku: values.sku ?? "",
    name: values.name ?? "",
    unit: values.unit,
    salePrice: values.salePrice?.trim() || "0",
    costPrice: values.costPrice?.trim() || "0",
    active: !INACTIVE.has((values.active ?? "").trim().toLowerCase()),
  });
  if (result.success) return { value: result.data };
  const errors: ImportRowError[] = result.error.issues.map((i) => ({
    row,
    field: String(i.path[0] ?? "sku"),
    message: i.message,
  }));
  return { errors };
}

export const PRODUCT_IMPORT: ImportTarget<ProductImportField, ProductInput> = {
  fields: PRODUCT_IMPORT_FIELDS,
  synonyms: SYNONYMS,
  requiredFields: ["sku", "name"],
  validateRow: validateProductRow,
  customFields: false,
  // The SKU is the product's identity: a second product with the same SKU cannot be created.
  duplicateModes: ["SKIP", "UPDATE"],
};
