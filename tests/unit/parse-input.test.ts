import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, parseInput } from "@/server/actions/parse-input";
import { ValidationError } from "@/server/errors";

describe("parsing untrusted input", () => {
  const schema = z.object({ name: z.string().trim().min(1), tags: z.array(z.string()).optional() });

  it("drops keys the schema does not list (mass assignment)", () => {
    const form = new FormData();
    form.append("name", "Acme");
    form.append("tenantId", "someone-else");
    form.append("role", "ADMIN");
    expect(parseInput(schema, form)).toEqual({ name: "Acme" });
  });

  it("turns repeated keys into arrays and skips Next's action fields", () => {
    const form = new FormData();
    form.append("tags", "a");
    form.append("tags", "b");
    form.append("$ACTION_ID_123", "");
    expect(formDataToObject(form)).toEqual({ tags: ["a", "b"] });
  });

  it("reads numbered row fields as an array of rows, so line errors carry the input's name", () => {
    const form = new FormData();
    form.append("lines.0.quantity", "2");
    form.append("lines.0.productId", "p1");
    form.append("lines.1.quantity", "x");
    const rows = z.object({ lines: z.array(z.object({ quantity: z.coerce.number() })) });
    expect(formDataToObject(form)).toEqual({ lines: [{ quantity: "2", productId: "p1" }, { quantity: "x" }] });
    expect(() => parseInput(rows, form)).toThrow(
      expect.objectContaining({ fieldErrors: { "lines.1.quantity": expect.any(String) } }),
    );
  });

  it("reports field errors as message keys", () => {
    try {
      parseInput(schema, { name: "  " });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ name: "validation.required" });
    }
  });
});

describe("control characters in input (security finding 14)", () => {
  const form = z.object({ name: z.string(), lines: z.array(z.object({ comment: z.string() })).optional() });
  const fieldErrors = (raw: unknown) => {
    try {
      parseInput(form, raw);
      return null;
    } catch (error) {
      return (error as ValidationError).fieldErrors;
    }
  };

  it("refuses a NUL or another control character with a message on its field, nested ones too", () => {
    expect(fieldErrors({ name: "ООО\u0000Ромашка" })).toEqual({ name: "validation.controlCharacters" });
    expect(fieldErrors({ name: "a", lines: [{ comment: "ok" }, { comment: "\u001b[31m" }] })).toEqual({
      "lines.1.comment": "validation.controlCharacters",
    });
  });

  it("keeps tabs and line breaks, which users type", () => {
    expect(fieldErrors({ name: "строка 1\r\nстрока 2\tконец" })).toBeNull();
  });
});
