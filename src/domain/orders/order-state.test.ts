import { describe, expect, it } from "vitest";
import { completesAutomatically, paymentStateOf, shipmentStateOf } from "./order-state";

describe("order states", () => {
  it("says how much of an order is shipped", () => {
    expect(shipmentStateOf([{ quantity: "2", shippedQuantity: "0" }])).toBe("NOT_SHIPPED");
    expect(
      shipmentStateOf([
        { quantity: "2", shippedQuantity: "2" },
        { quantity: "1", shippedQuantity: "0" },
      ]),
    ).toBe("PARTLY_SHIPPED");
    expect(shipmentStateOf([{ quantity: "2.5", shippedQuantity: "2.500" }])).toBe("SHIPPED");
  });

  it("says how much of an order is paid; an order of zero is paid", () => {
    expect(paymentStateOf("100.00", "0")).toBe("UNPAID");
    expect(paymentStateOf("100.00", "99.99")).toBe("PARTLY_PAID");
    expect(paymentStateOf("100.00", "100.00")).toBe("PAID");
    expect(paymentStateOf("0.00", "0")).toBe("PAID");
  });

  it("completes only a confirmed order that is both fully shipped and fully paid", () => {
    expect(completesAutomatically("CONFIRMED", "SHIPPED", "PAID")).toBe(true);
    expect(completesAutomatically("CONFIRMED", "SHIPPED", "PARTLY_PAID")).toBe(false);
    expect(completesAutomatically("DRAFT", "SHIPPED", "PAID")).toBe(false);
  });
});
