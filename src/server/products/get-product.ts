import "server-only";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";

export async function getProduct(tenantId: string, id: string) {
  const product = await db().product.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!product) throw new NotFoundError();
  return product;
}
