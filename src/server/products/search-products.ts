import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

const PRODUCT_PAGE_SIZE = 50;

export interface ProductQuery {
  q?: string;
  includeInactive?: boolean;
  page?: number;
}

export function productWhere(tenantId: string, query: ProductQuery): Prisma.ProductWhereInput {
  const q = query.q?.trim();
  return {
    tenantId,
    ...(!query.includeInactive && { active: true }),
    ...(q && { OR: [{ sku: { startsWith: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }),
  };
}

/** The product list: by SKU prefix or a fragment of the name (trigram index), active first, a page at a time. */
export async function searchProducts(tenantId: string, query: ProductQuery, take = PRODUCT_PAGE_SIZE) {
  const where = productWhere(tenantId, query);
  const page = Math.max(1, query.page ?? 1);
  const [rows, total] = await Promise.all([
    db().product.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * take, take }),
    db().product.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / take)) };
}
