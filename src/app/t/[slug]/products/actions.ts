"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { createProduct, createProductInput } from "@/server/products/create-product";
import { updateProduct, updateProductInput } from "@/server/products/update-product";

export async function createProductAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createProduct", permission: "product.manage", input: createProductInput },
    form,
    createProduct,
  );
}

export async function updateProductAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateProduct", permission: "product.manage", input: updateProductInput },
    form,
    updateProduct,
  );
}
