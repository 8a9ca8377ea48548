import { describe, expect, it } from "vitest";
import { fieldDefinitionInputSchema, type FieldDefinition } from "./field-definition";
import { buildValuesSchema, isFilled, parseStoredValues } from "./values-schema";

function field(key: string, type: FieldDefinition["type"], extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    key, type, labelRu: key, labelEn: key, options: [], required: false, section: "Main", position: 0, showInList: false, filterable: false,
    countsForCompleteness: false, visibleTo: ["ADMIN", "DIRECTOR", "MANAGER"], editableBy: ["ADMIN", "DIRECTOR", "MANAGER"], hidden: false, archived: false, ...extra,
  };
}
const region = field("region", "SELECT", { required: true, options: [{ value: "msk", labelRu: "Москва", labelEn: "Moscow" }, { value: "spb", labelRu: "СПб", labelEn: "St Petersburg" }] });
const defs = [
  region,
  field("site", "URL"),
  field("budget", "MONEY"),
  field("employees", "NUMBER"),
  field("founded", "DATE"),
  field("vip", "BOOLEAN"),
  field("tags", "MULTISELECT", { options: [{ value: "a", labelRu: "А", labelEn: "A" }, { value: "b", labelRu: "Б", labelEn: "B" }] }),
  field("memo", "LONG_TEXT"),
  field("secret", "TEXT", { editableBy: ["ADMIN"], visibleTo: ["ADMIN"] }),
  field("owner", "USER"),
];

function errorsOf(input: Record<string, unknown>, role: "ADMIN" | "MANAGER" = "MANAGER") {
  const r = buildValuesSchema(defs, role, { knownUserIds: ["u1"] }).safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("custom field values", () => {
  it("parses each type into what is stored", () => {
    const parsed = buildValuesSchema(defs, "MANAGER", { knownUserIds: ["u1"] }).parse({
      region: "spb", site: "https://romashka.example", budget: "1500,5", employees: "12", founded: "2001-02-03", vip: "on", tags: ["a", "a", "b"], memo: "", owner: "u1", unknown: "x",
    });
    expect(parsed).toEqual({ region: "spb", site: "https://romashka.example", budget: "1500.50", employees: 12, founded: "2001-02-03", vip: true, tags: ["a", "b"], owner: "u1" });
  });

  it("refuses bad values next to their field", () => {
    expect(errorsOf({ region: "nsk", site: "javascript:alert(1)", budget: "1.234", employees: "many", founded: "2001-02-30", tags: ["c"], owner: "u2" })).toEqual({
      region: "validation.choose", site: "validation.url", budget: "validation.money", employees: "validation.number", founded: "validation.date", tags: "validation.choose", owner: "validation.choose",
    });
    expect(errorsOf({})).toEqual({ region: "validation.required" });
    expect(errorsOf({ region: "msk", memo: "x".repeat(10 * 1024 * 1024) })).toEqual({ memo: "validation.tooLong" });
  });

  it("lets a role change only the fields it may edit", () => {
    expect(buildValuesSchema(defs, "MANAGER").parse({ region: "msk", secret: "x" })).toEqual({ region: "msk", vip: false });
    expect(buildValuesSchema(defs, "ADMIN").parse({ region: "msk", secret: "x" })).toMatchObject({ secret: "x" });
  });

  it("reads stored values defensively and counts filled ones", () => {
    expect(parseStoredValues(defs, { region: "msk", employees: "12", vip: true, ghost: 1 })).toEqual({ region: "msk", vip: true });
    expect(parseStoredValues(defs, null)).toEqual({});
    expect(isFilled(field("vip", "BOOLEAN"), false)).toBe(false);
    expect(isFilled(field("tags", "MULTISELECT"), [])).toBe(false);
    expect(isFilled(field("memo", "TEXT"), " x ")).toBe(true);
  });
});

describe("field definitions", () => {
  const base = { key: "region", labelRu: "Регион", labelEn: "Region", type: "TEXT", section: "Main", visibleTo: ["MANAGER"], editableBy: [] };
  it("checks the key, the options and the roles", () => {
    expect(fieldDefinitionInputSchema.parse(base)).toMatchObject({ visibleTo: ["ADMIN", "MANAGER"], editableBy: ["ADMIN"] });
    const issues = (input: object) => fieldDefinitionInputSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.message);
    expect(issues({ key: "Region-1" })).toEqual(["validation.fieldKeyFormat"]);
    expect(issues({ type: "SELECT" })).toEqual(["validation.optionsRequired"]);
    expect(issues({ options: [{ value: "a", labelRu: "a", labelEn: "a" }] })).toEqual(["validation.optionsNotAllowed"]);
    expect(issues({ type: "SELECT", options: [{ value: "a", labelRu: "a", labelEn: "a" }, { value: "a", labelRu: "b", labelEn: "b" }] })).toEqual(["validation.optionsDuplicate"]);
    expect(issues({ visibleTo: [], editableBy: ["MANAGER"] })).toEqual(["validation.editableNotVisible"]);
  });
});
