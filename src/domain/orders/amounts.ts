import Decimal from "decimal.js";
import { z } from "zod";

/**
 * Money and quantities as the user types them ("1 234,50" or "1234.5") become exact decimal strings; arithmetic
 * is decimal, never float, so a line's amount in the browser, in the database and in a report is the same kopeck.
 */
function decimalText(scale: number, max: string) {
  return z
    .string("validation.required")
    .transform((raw) => raw.replace(/[\s\u00a0]/g, "").replace(",", "."))
    .superRefine((v, ctx) => {
      const problem = !v
        ? "validation.required"
        : !/^-?\d{1,18}(\.\d+)?$/.test(v)
          ? "validation.number"
          : v.startsWith("-")
            ? "validation.negative"
            : (v.split(".")[1]?.length ?? 0) > scale
              ? scale === 0
                ? "validation.wholeNumber"
                : `validation.decimal${scale}`
              : new Decimal(v).gt(max)
                ? "validation.tooLarge"
                : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((v) => new Decimal(v).toFixed(scale));
}

export const moneySchema = decimalText(2, "9999999999999.99");
export const quantityOrZeroSchema = decimalText(3, "999999999999.999");
export const quantitySchema = quantityOrZeroSchema.refine((v) => new Decimal(v).gt(0), "validation.positive");
export const discountSchema = decimalText(2, "100");

/** quantity × price × (1 − discount %), rounded half-up to kopecks. */
export function lineAmount(quantity: string, price: string, discountPercent: string): string {
  const factor = new Decimal(100).minus(discountPercent).div(100);
  return new Decimal(quantity).times(price).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function times(quantity: string, unitPrice: string): string {
  return new Decimal(quantity).times(unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function sum(values: readonly string[]): string {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0)).toFixed(2);
}

interface ShippableLine {
  quantity: string;
  amount: string;
  shippedQuantity: string;
  shippedAmount: string;
}

/**
 * The revenue of shipping `quantity` of an order line: its share of the line amount. The shipment that ships the
 * rest of a line takes exactly what is left of the amount, so the shipments of a line always add up to the line.
 */
export function shippedLineAmount(line: ShippableLine, quantity: string): string {
  const remaining = new Decimal(line.quantity).minus(line.shippedQuantity);
  if (new Decimal(quantity).eq(remaining)) return new Decimal(line.amount).minus(line.shippedAmount).toFixed(2);
  return new Decimal(line.amount)
    .times(quantity)
    .div(line.quantity)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}
