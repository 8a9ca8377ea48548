import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountSchema, lineAmount, moneySchema, quantitySchema, shippedLineAmount, sum } from "./amounts";

const messageOf = (schema: typeof moneySchema, value: string) => schema.safeParse(value).error?.issues[0]?.message;

describe("money and quantities", () => {
  it("reads what a Russian user types and refuses the rest with a precise message", () => {
    expect(moneySchema.parse("1 234,5")).toBe("1234.50");
    expect(quantitySchema.parse("1,5")).toBe("1.500");
    expect(messageOf(moneySchema, "-1")).toBe("validation.negative");
    expect(messageOf(moneySchema, "NaN")).toBe("validation.number");
    expect(messageOf(moneySchema, "1e5")).toBe("validation.number");
    expect(messageOf(moneySchema, "1.234")).toBe("validation.decimal2");
    expect(messageOf(moneySchema, "")).toBe("validation.required");
    expect(messageOf(moneySchema, "99999999999999")).toBe("validation.tooLarge");
    expect(messageOf(quantitySchema, "0")).toBe("validation.positive");
    expect(messageOf(discountSchema, "100.01")).toBe("validation.tooLarge");
  });

  it("computes a line amount exactly, rounding half up to kopecks", () => {
    expect(lineAmount("3", "33.33", "0")).toBe("99.99");
    expect(lineAmount("5", "540", "10")).toBe("2430.00");
    expect(lineAmount("0.333", "0.05", "0")).toBe("0.02");
    expect(sum(["0.10", "0.20"])).toBe("0.30");
  });

  it("splits a line over any sequence of shipments so that they add up to the line to the kopeck", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (quantity, kopecks, parts) => {
          const amount = (kopecks / 100).toFixed(2);
          const line = { quantity: String(quantity), amount, shippedQuantity: "0", shippedAmount: "0.00" };
          let left = quantity;
          for (const part of parts) {
            const q = Math.min(part, left);
            if (q === 0) break;
            const shipped = shippedLineAmount(line, String(q));
            line.shippedQuantity = String(Number(line.shippedQuantity) + q);
            line.shippedAmount = sum([line.shippedAmount, shipped]);
            left -= q;
          }
          if (left > 0) line.shippedAmount = sum([line.shippedAmount, shippedLineAmount(line, String(left))]);
          expect(line.shippedAmount).toBe(amount);
        },
      ),
    );
  });
});
