import "server-only";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import { db } from "@/server/db";
import { streamCsv } from "@/server/csv/stream-csv";
import { productWhere, type ProductQuery } from "./search-products";

/** The product list as CSV in the column order the product import reads back. */
export function exportProducts(tenantId: string, dialect: CsvDialect, query: ProductQuery, headers: string[]) {
  const where = productWhere(tenantId, query);
  return streamCsv(dialect, headers, async (offset, limit) => {
    const rows = await db().product.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: offset,
      take: limit,
    });
    return rows.map((p) => [p.sku, p.name, p.unit, p.salePrice, p.costPrice, p.active ? "1" : "0"]);
  });
}
