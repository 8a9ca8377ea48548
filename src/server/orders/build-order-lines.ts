import "server-only";
import { lineAmount, sum, times } from "@/domain/orders/amounts";
import type { OrderInput } from "@/domain/orders/order-input";

/** The stored lines and totals of an order form: amounts from quantity, price and discount; cost from the product. */
export function buildOrderLines(lines: OrderInput["lines"], unitCostOf: (productId: string) => string) {
  const rows = lines.map((line, index) => {
    const unitCost = unitCostOf(line.productId);
    return {
      position: index + 1,
      productId: line.productId,
      quantity: line.quantity,
      price: line.price,
      discountPercent: line.discountPercent,
      amount: lineAmount(line.quantity, line.price, line.discountPercent),
      unitCost,
      cost: times(line.quantity, unitCost),
    };
  });
  return {
    lines: rows.map(({ cost: _cost, ...row }) => row),
    totalAmount: sum(rows.map((r) => r.amount)),
    totalCost: sum(rows.map((r) => r.cost)),
  };
}
