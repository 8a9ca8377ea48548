import type { z } from "zod";
import { executeTenantAction, type ActionResult, type TenantActionDef } from "@/server/actions/tenant-action";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext, type TenantContext } from "@/server/tenant-context";
import { createOrder, createOrderInput } from "@/server/orders/create-order";
import { updateOrder, updateOrderInput } from "@/server/orders/update-order";
import { confirmOrder, confirmOrderInput } from "@/server/orders/confirm-order";
import { cancelOrder, cancelOrderInput } from "@/server/orders/cancel-order";
import { closeOrder, closeOrderInput } from "@/server/orders/close-order";
import { createShipment, createShipmentInput } from "@/server/shipments/create-shipment";
import { registerPayment, registerPaymentInput } from "@/server/payments/register-payment";
import { getOrder } from "@/server/orders/get-order";
import { createCounterparty, createProduct, createTenantWithUser } from "@tests/factories";

/** A tenant with a customer and three products, and every order action run as its user through the wrapper. */
const defs = {
  create: { name: "createOrder", permission: "order.write", input: createOrderInput },
  update: { name: "updateOrder", permission: "order.write", input: updateOrderInput },
  confirm: { name: "confirmOrder", permission: "order.write", input: confirmOrderInput },
  cancel: { name: "cancelOrder", permission: "order.write", input: cancelOrderInput },
  close: { name: "closeOrder", permission: "order.close", input: closeOrderInput },
  ship: { name: "createShipment", permission: "order.write", input: createShipmentInput },
  pay: { name: "registerPayment", permission: "order.write", input: registerPaymentInput },
} as const;
const useCases = {
  create: createOrder,
  update: updateOrder,
  confirm: confirmOrder,
  cancel: cancelOrder,
  close: closeOrder,
  ship: createShipment,
  pay: registerPayment,
};
// The seven inputs differ; the fixture calls each with its own, so one loose signature serves them all.
type Def = TenantActionDef<z.ZodType>;
type UseCase = (ctx: TenantContext, input: unknown) => Promise<unknown>;

export async function setup(role: "ADMIN" | "DIRECTOR" | "MANAGER" = "MANAGER") {
  const t = await createTenantWithUser(unsafeDb(), role);
  const customer = await createCounterparty(unsafeDb(), t.tenant.id, {
    name: "ООО Заказчик",
    responsibleUserId: t.user.id,
  });
  const products = await Promise.all([
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "100.00", costPrice: "60.00" }),
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "33.33", costPrice: "20.00" }),
    createProduct(unsafeDb(), t.tenant.id, { salePrice: "1000.00", costPrice: "700.00" }),
  ]);
  const run = <K extends keyof typeof defs>(kind: K, input: Record<string, unknown>, claims = t.claims) =>
    executeTenantAction(claims, t.tenant.slug, defs[kind] as Def, input, useCases[kind] as UseCase) as Promise<
      ActionResult<{ id: string; number: number; version: number }>
    >;
  const orderForm = (extra: Record<string, unknown> = {}) => ({
    date: "2026-11-01",
    counterpartyId: customer.id,
    expectedPaymentDate: "2026-11-20",
    lines: [
      { productId: products[0].id, quantity: "10", price: "100", discountPercent: "10" },
      { productId: products[1].id, quantity: "3", price: "33,33", discountPercent: "" },
      { productId: products[2].id, quantity: "1,5", price: "1000.00" },
    ],
    ...extra,
  });
  const ctx = () => resolveTenantContext(t.claims, t.tenant.slug);
  const load = async (id: string) => (await getOrder(await ctx(), id)).order;
  return { ...t, customer, products, run, orderForm, ctx, load };
}

export async function ok<T>(
  promise: Promise<{ ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}
