import { describe, expect, it } from "vitest";
import type { Role } from "@/domain/auth/permissions";
import type { FieldDefinition, FieldType } from "./field-definition";
import { buildValuesSchema, parseStoredValues } from "./values-schema";

const ALL: Role[] = ["ADMIN", "DIRECTOR", "MANAGER"];
const options = (...values: string[]) => values.map((value) => ({ value, labelRu: value, labelEn: value }));

function field(key: string, type: FieldType, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    key,
    type,
    labelRu: key,
    labelEn: key,
    options: [],
    required: false,
    section: "Main",
    position: 0,
    showInList: false,
    filterable: false,
    countsForCompleteness: false,
    visibleTo: ALL,
    editableBy: ALL,
    hidden: false,
    archived: false,
    ...extra,
  };
}

/** Parses one value of a one-field card: { value } when accepted, { error } with the message key when refused. */
function submit(definition: FieldDefinition, raw: unknown, knownUserIds = ["user-1"]) {
  const input = raw === undefined ? {} : { [definition.key]: raw };
  const result = buildValuesSchema([definition], "MANAGER", { knownUserIds }).safeParse(input);
  if (!result.success) return { error: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  return { value: result.data[definition.key] };
}

const accepted = (value: unknown) => ({ value });
const refused = (key: string, message: string) => ({ error: `${key}: ${message}` });

describe("buildValuesSchema, type by type", () => {
  const tenMegabytes = "x".repeat(10 * 1024 * 1024);
  const cases: [FieldType, unknown, ReturnType<typeof accepted> | ReturnType<typeof refused>][] = [
    ["TEXT", "  Ромашка  ", accepted("Ромашка")],
    ["TEXT", "x".repeat(500), accepted("x".repeat(500))],
    ["TEXT", "x".repeat(501), refused("f", "validation.tooLong")],
    ["TEXT", tenMegabytes, refused("f", "validation.tooLong")],
    ["TEXT", ["a", "b"], refused("f", "validation.invalid")],
    ["LONG_TEXT", "line 1\nline 2", accepted("line 1\nline 2")],
    ["LONG_TEXT", "x".repeat(10_000), accepted("x".repeat(10_000))],
    ["LONG_TEXT", "x".repeat(10_001), refused("f", "validation.tooLong")],
    ["LONG_TEXT", tenMegabytes, refused("f", "validation.tooLong")],
    ["NUMBER", "12", accepted(12)],
    ["NUMBER", "-3,5", accepted(-3.5)],
    ["NUMBER", "1 000 000.25", accepted(1_000_000.25)],
    ["NUMBER", "many", refused("f", "validation.number")],
    ["NUMBER", "1e3", refused("f", "validation.number")],
    ["NUMBER", "Infinity", refused("f", "validation.number")],
    ["NUMBER", "1.2.3", refused("f", "validation.number")],
    ["NUMBER", "1" + "0".repeat(400), refused("f", "validation.number")],
    ["MONEY", "1234.5", accepted("1234.50")],
    ["MONEY", "1 500,5", accepted("1500.50")],
    ["MONEY", "0012", accepted("12.00")],
    ["MONEY", "-0", accepted("0.00")],
    ["MONEY", "-10,05", accepted("-10.05")],
    ["MONEY", "9999999999999999.99", accepted("9999999999999999.99")],
    ["MONEY", "10000000000000000", refused("f", "validation.money")],
    ["MONEY", "1.234", refused("f", "validation.money")],
    ["MONEY", "1e5", refused("f", "validation.money")],
    ["MONEY", "ten", refused("f", "validation.money")],
    ["DATE", "2024-02-29", accepted("2024-02-29")],
    ["DATE", "2023-02-29", refused("f", "validation.date")],
    ["DATE", "2001-02-30", refused("f", "validation.date")],
    ["DATE", "2001-13-01", refused("f", "validation.date")],
    ["DATE", "0000-01-01", refused("f", "validation.date")],
    ["DATE", "01.02.2001", refused("f", "validation.date")],
    ["BOOLEAN", "on", accepted(true)],
    ["BOOLEAN", "true", accepted(true)],
    ["BOOLEAN", "false", accepted(false)],
    ["BOOLEAN", undefined, accepted(false)],
    ["BOOLEAN", "yes", refused("f", "validation.invalid")],
    ["EMAIL", " Ivan.Petrov@Example.RU ", accepted("ivan.petrov@example.ru")],
    ["EMAIL", "ivan@", refused("f", "validation.email")],
    ["EMAIL", "not an e-mail", refused("f", "validation.email")],
    ["PHONE", " +7 (495) 123-45-67 ", accepted("+7 (495) 123-45-67")],
    ["PHONE", "12-34", refused("f", "validation.phone")],
    ["PHONE", "call me", refused("f", "validation.phone")],
    ["URL", " https://romashka.example/price?x=1 ", accepted("https://romashka.example/price?x=1")],
    ["URL", "HTTP://romashka.example", accepted("HTTP://romashka.example")],
    ["URL", "javascript:alert(1)", refused("f", "validation.url")],
    ["URL", "JavaScript://%0Aalert(1)", refused("f", "validation.url")],
    ["URL", "data:text/html,<script>alert(1)</script>", refused("f", "validation.url")],
    ["URL", "ftp://files.example", refused("f", "validation.url")],
    ["URL", "romashka.example", refused("f", "validation.url")],
    ["URL", "https://", refused("f", "validation.url")],
    ["URL", "https://exa mple.com", refused("f", "validation.url")],
    ["USER", "user-1", accepted("user-1")],
    ["USER", "user-2", refused("f", "validation.choose")],
  ];

  it.each(cases)("%s %j", (type, raw, expected) => {
    expect(submit(field("f", type), raw)).toEqual(expected);
  });

  it("accepts only the options of a select, and a subset of them for a multiselect", () => {
    const select = field("f", "SELECT", { options: options("msk", "spb") });
    expect(submit(select, "spb")).toEqual(accepted("spb"));
    expect(submit(select, "nsk")).toEqual(refused("f", "validation.choose"));
    expect(submit(select, ["msk", "spb"])).toEqual(refused("f", "validation.invalid"));

    const tags = field("f", "MULTISELECT", { options: options("a", "b") });
    expect(submit(tags, "a")).toEqual(accepted(["a"]));
    expect(submit(tags, ["a", "b", "a"])).toEqual(accepted(["a", "b"]));
    expect(submit(tags, ["a", "c"])).toEqual(refused("f", "validation.choose"));
    expect(submit(tags, [])).toEqual(accepted(undefined));
  });

  it("refuses a user when no users are known", () => {
    expect(submit(field("f", "USER"), "user-1", [])).toEqual(refused("f", "validation.choose"));
  });
});

describe("buildValuesSchema, the whole card", () => {
  it("leaves out empty values and asks for required ones", () => {
    for (const type of ["TEXT", "NUMBER", "MONEY", "DATE", "EMAIL", "PHONE", "URL", "USER"] as const) {
      expect(submit(field("f", type), "")).toEqual(accepted(undefined));
      expect(submit(field("f", type), "   ")).toEqual(accepted(undefined));
      expect(submit(field("f", type, { required: true }), "")).toEqual(refused("f", "validation.required"));
      expect(submit(field("f", type, { required: true }), undefined)).toEqual(refused("f", "validation.required"));
    }
    expect(submit(field("f", "MULTISELECT", { required: true, options: options("a") }), [""])).toEqual(
      refused("f", "validation.required"),
    );
    expect(submit(field("f", "BOOLEAN", { required: true }), undefined)).toEqual(accepted(false));
  });

  it("returns the JSONB to store, drops unknown keys and reports every bad field at once", () => {
    const card = [
      field("region", "SELECT", { required: true, options: options("msk") }),
      field("budget", "MONEY"),
      field("site", "URL"),
      field("memo", "TEXT"),
    ];
    const schema = buildValuesSchema(card, "MANAGER");
    expect(
      schema.parse({ region: "msk", budget: "100", memo: "", tenantId: "other", __proto__: { site: "javascript:x" } }),
    ).toEqual({ region: "msk", budget: "100.00" });
    const issues = schema.safeParse({ budget: "1.001", site: "javascript:alert(1)" }).error?.issues;
    expect(issues?.map((i) => [i.path, i.message])).toEqual([
      [["region"], "validation.required"],
      [["budget"], "validation.money"],
      [["site"], "validation.url"],
    ]);
    expect(schema.safeParse("region=msk").error?.issues.map((i) => i.message)).toEqual(["validation.invalid"]);
  });

  it("never reads a key from Object.prototype", () => {
    expect(
      buildValuesSchema([field("constructor", "TEXT", { required: true })], "ADMIN").safeParse({}).error?.issues[0]
        ?.message,
    ).toBe("validation.required");
  });

  it("lets a role change only the fields it may see and edit", () => {
    const card = [
      field("everyone", "TEXT"),
      field("admin_only", "TEXT", { visibleTo: ["ADMIN"], editableBy: ["ADMIN"] }),
      field("read_only", "TEXT", { editableBy: ["ADMIN", "DIRECTOR"], required: true }),
      field("hidden_one", "TEXT", { hidden: true, required: true }),
      field("archived_one", "TEXT", { archived: true, required: true }),
    ];
    const input = { everyone: "1", admin_only: "2", read_only: "3", hidden_one: "4", archived_one: "5" };
    expect(buildValuesSchema(card, "MANAGER").parse(input)).toEqual({ everyone: "1" });
    expect(buildValuesSchema(card, "DIRECTOR").parse(input)).toEqual({ everyone: "1", read_only: "3" });
    expect(buildValuesSchema(card, "ADMIN").parse(input)).toEqual({ everyone: "1", admin_only: "2", read_only: "3" });
    expect(buildValuesSchema(card, "MANAGER").parse({})).toEqual({});
  });
});

describe("parseStoredValues", () => {
  const card = [
    field("name", "TEXT"),
    field("count", "NUMBER"),
    field("budget", "MONEY"),
    field("founded", "DATE"),
    field("vip", "BOOLEAN"),
    field("tags", "MULTISELECT", { options: options("a") }),
    field("site", "URL"),
    field("constructor", "TEXT"),
  ];

  it("reads back what buildValuesSchema stored", () => {
    const stored = buildValuesSchema(card, "ADMIN").parse({
      name: "Ромашка",
      count: "3",
      budget: "10,5",
      founded: "2001-02-03",
      vip: "on",
      tags: "a",
      site: "https://r.example",
    });
    expect(parseStoredValues(card, JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it("skips unknown keys and values of the wrong shape", () => {
    expect(
      parseStoredValues(card, {
        name: 5,
        count: "3",
        budget: 10.5,
        founded: "2001-02-30",
        vip: "true",
        tags: ["a", 1],
        site: "javascript:alert(1)",
        ghost: "boo",
      }),
    ).toEqual({});
    expect(parseStoredValues(card, { budget: "10.5", name: "" })).toEqual({ name: "" });
    expect(parseStoredValues(card, {})).toEqual({});
  });

  it("reads nothing from what is not an object", () => {
    for (const json of [null, undefined, "text", 1, ["name"]]) expect(parseStoredValues(card, json)).toEqual({});
  });
});
