import type { FieldDefinition } from "./field-definition";

/**
 * Whether a stored custom-field value counts as filled for the completeness of contact information (SPEC §7.1.1).
 *
 * Decided by the JSONB type and emptiness alone (jsonb_typeof, jsonb_array_length, = '') so the SQL that computes
 * completeness over a tenant says exactly the same thing; values are trimmed on the way in, so "" is the only blank.
 * A checkbox counts once it holds an answer: "no" is information too.
 */
export function isFilled(definition: Pick<FieldDefinition, "type">, value: unknown): boolean {
  switch (definition.type) {
    case "BOOLEAN":
      return typeof value === "boolean";
    case "NUMBER":
      return typeof value === "number" && Number.isFinite(value);
    case "MULTISELECT":
      return Array.isArray(value) && value.length > 0;
    default:
      return typeof value === "string" && value !== "";
  }
}
