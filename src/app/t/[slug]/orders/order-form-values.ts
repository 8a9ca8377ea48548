import type { CounterpartyOption } from "@/components/forms/counterparty-picker";
import type { PickerOption } from "@/components/forms/remote-picker";
import { lineAmount } from "@/domain/orders/amounts";

export interface ProductOption extends PickerOption {
  unit: string;
  salePrice: string;
}

export interface OrderLineValues {
  key: string;
  product: ProductOption | null;
  quantity: string;
  price: string;
  discountPercent: string;
}

export interface OrderFormValues {
  date: string;
  counterparty: CounterpartyOption | null;
  contactPersonId: string;
  managerUserId: string;
  expectedShipmentDate: string;
  expectedPaymentDate: string;
  sourceId: string;
  comment: string;
  lines: OrderLineValues[];
}

export function amountOf(line: OrderLineValues): string | null {
  const norm = (v: string) => v.replace(/[\s\u00a0]/g, "").replace(",", ".") || "0";
  try {
    return lineAmount(norm(line.quantity), norm(line.price), norm(line.discountPercent));
  } catch {
    return null;
  }
}

let nextKey = 0;
export const newLine = (): OrderLineValues => ({
  key: `l${nextKey++}`,
  product: null,
  quantity: "1",
  price: "",
  discountPercent: "",
});
