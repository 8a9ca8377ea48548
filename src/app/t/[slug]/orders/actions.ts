"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { createOrder, createOrderInput } from "@/server/orders/create-order";
import { updateOrder, updateOrderInput } from "@/server/orders/update-order";
import { confirmOrder, confirmOrderInput } from "@/server/orders/confirm-order";
import { cancelOrder, cancelOrderInput } from "@/server/orders/cancel-order";
import { closeOrder, closeOrderInput } from "@/server/orders/close-order";
import { createShipment, createShipmentInput } from "@/server/shipments/create-shipment";
import { registerPayment, registerPaymentInput } from "@/server/payments/register-payment";

export async function createOrderAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createOrder", permission: "order.write", input: createOrderInput },
    form,
    createOrder,
  );
}

export async function updateOrderAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateOrder", permission: "order.write", input: updateOrderInput },
    form,
    updateOrder,
  );
}

export async function confirmOrderAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "confirmOrder", permission: "order.write", input: confirmOrderInput },
    form,
    confirmOrder,
  );
}

export async function cancelOrderAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "cancelOrder", permission: "order.write", input: cancelOrderInput },
    form,
    cancelOrder,
  );
}

export async function closeOrderAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "closeOrder", permission: "order.close", input: closeOrderInput },
    form,
    closeOrder,
  );
}

export async function createShipmentAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createShipment", permission: "order.write", input: createShipmentInput },
    form,
    createShipment,
  );
}

export async function registerPaymentAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "registerPayment", permission: "order.write", input: registerPaymentInput },
    form,
    registerPayment,
  );
}
