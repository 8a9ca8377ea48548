import { describe, expect, it } from "vitest";
import {
  canEditField,
  canSeeField,
  fieldDefinitionInputSchema,
  optionLabel,
  type FieldDefinition,
} from "./field-definition";

const base = {
  key: "region",
  labelRu: "Регион",
  labelEn: "Region",
  type: "TEXT",
  section: "Main",
  visibleTo: ["MANAGER"],
  editableBy: [],
};
const option = (value: string) => ({ value, labelRu: value, labelEn: value });

function messages(input: object) {
  return (
    fieldDefinitionInputSchema
      .safeParse({ ...base, ...input })
      .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? []
  );
}

describe("fieldDefinitionInputSchema", () => {
  it("fills the defaults and always gives ADMIN both rights", () => {
    expect(fieldDefinitionInputSchema.parse({ ...base, labelRu: "  Регион ", id: "x", tenantId: "t" })).toEqual({
      key: "region",
      labelRu: "Регион",
      labelEn: "Region",
      type: "TEXT",
      options: [],
      required: false,
      section: "Main",
      showInList: false,
      filterable: false,
      countsForCompleteness: false,
      visibleTo: ["ADMIN", "MANAGER"],
      editableBy: ["ADMIN"],
    });
    expect(
      fieldDefinitionInputSchema.parse({
        ...base,
        visibleTo: ["MANAGER", "DIRECTOR", "MANAGER"],
        editableBy: ["MANAGER"],
      }),
    ).toMatchObject({
      visibleTo: ["ADMIN", "DIRECTOR", "MANAGER"],
      editableBy: ["ADMIN", "MANAGER"],
    });
  });

  it.each(["ab", "inn_2", "a".repeat(40), "payment_terms"])("accepts the key %s", (key) => {
    expect(messages({ key })).toEqual([]);
  });

  it.each(["a", "a".repeat(41), "Region", "1st", "_region", "region-1", "регион", "", 7])(
    "refuses the key %j",
    (key) => {
      expect(messages({ key })).toEqual(["key: validation.fieldKeyFormat"]);
    },
  );

  it("checks labels, section and type", () => {
    expect(messages({ labelRu: " ", labelEn: "x".repeat(81), section: "x".repeat(61), type: "COLOR" })).toEqual([
      "labelRu: validation.required",
      "labelEn: validation.tooLong",
      "type: validation.choose",
      "section: validation.tooLong",
    ]);
    expect(messages({ labelEn: undefined, required: "yes" })).toEqual([
      "labelEn: validation.required",
      "required: validation.invalid",
    ]);
  });

  it("requires unique options for selects and forbids them elsewhere", () => {
    expect(messages({ type: "SELECT", options: [option("a"), option("b")] })).toEqual([]);
    expect(messages({ type: "MULTISELECT", options: Array.from({ length: 200 }, (_, i) => option(`v${i}`)) })).toEqual(
      [],
    );
    expect(messages({ type: "SELECT" })).toEqual(["options: validation.optionsRequired"]);
    expect(messages({ type: "MULTISELECT", options: [] })).toEqual(["options: validation.optionsRequired"]);
    expect(messages({ options: [option("a")] })).toEqual(["options: validation.optionsNotAllowed"]);
    expect(messages({ type: "SELECT", options: [option("a"), option(" a ")] })).toEqual([
      "options: validation.optionsDuplicate",
    ]);
    expect(messages({ type: "SELECT", options: Array.from({ length: 201 }, (_, i) => option(`v${i}`)) })).toEqual([
      "options: validation.optionsTooMany",
    ]);
    expect(messages({ type: "SELECT", options: [{ value: "", labelRu: "a", labelEn: "a" }] })).toEqual([
      "options.0.value: validation.required",
    ]);
  });

  it("keeps the editors among those who see the field", () => {
    expect(messages({ visibleTo: [], editableBy: ["MANAGER"] })).toEqual(["editableBy: validation.editableNotVisible"]);
    expect(messages({ visibleTo: ["OWNER"] })).toEqual(["visibleTo.0: validation.choose"]);
    expect(messages({ editableBy: "MANAGER" })).toEqual(["editableBy: validation.invalid"]);
  });

  it("answers every problem with an i18n key", () => {
    const issues =
      fieldDefinitionInputSchema.safeParse({ key: 1, labelRu: [], options: "a", visibleTo: {}, showInList: 1 }).error
        ?.issues ?? [];
    expect(issues.length).toBeGreaterThan(4);
    for (const issue of issues) expect(issue.message).toMatch(/^validation\./);
    expect(fieldDefinitionInputSchema.safeParse(null).error?.issues.map((i) => i.message)).toEqual([
      "validation.invalid",
    ]);
  });
});

describe("field access", () => {
  const f: Pick<FieldDefinition, "visibleTo" | "editableBy" | "hidden" | "archived"> = {
    visibleTo: ["ADMIN", "DIRECTOR"],
    editableBy: ["ADMIN"],
    hidden: false,
    archived: false,
  };

  it("shows and edits by role, and never a hidden or archived field", () => {
    expect([canSeeField(f, "ADMIN"), canSeeField(f, "DIRECTOR"), canSeeField(f, "MANAGER")]).toEqual([
      true,
      true,
      false,
    ]);
    expect([canEditField(f, "ADMIN"), canEditField(f, "DIRECTOR")]).toEqual([true, false]);
    expect(canEditField({ ...f, editableBy: ["MANAGER"] }, "MANAGER")).toBe(false);
    for (const state of [{ hidden: true }, { archived: true }]) {
      expect(canSeeField({ ...f, ...state }, "ADMIN")).toBe(false);
      expect(canEditField({ ...f, ...state }, "ADMIN")).toBe(false);
    }
  });

  it("labels a removed option by its stored value", () => {
    const select = { options: [{ value: "msk", labelRu: "Москва", labelEn: "Moscow" }] };
    expect([
      optionLabel(select, "msk", "ru"),
      optionLabel(select, "msk", "en"),
      optionLabel(select, "nsk", "ru"),
    ]).toEqual(["Москва", "Moscow", "nsk"]);
  });
});
