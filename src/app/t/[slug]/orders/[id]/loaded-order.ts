import type { getOrder } from "@/server/orders/get-order";

export type LoadedOrder = Awaited<ReturnType<typeof getOrder>>["order"];
