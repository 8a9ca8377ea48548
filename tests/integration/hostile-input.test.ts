import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import {
  createCounterparty as createCounterpartyUseCase,
  createCounterpartyInput,
} from "@/server/counterparties/create-counterparty";
import { interactionSetup } from "./interaction-fixture";
import { setup } from "./order-fixture";

const counterpartyDef = {
  name: "createCounterparty",
  permission: "counterparty.create",
  input: createCounterpartyInput,
} as const;

/** What an attacker puts where a form expects a short string. */
const hostileValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "\u0000",
    "ООО\u0000Ромашка",
    "\u202eRTL override",
    "😀👨‍👩‍👧",
    "x".repeat(100_000),
    "NaN",
    "Infinity",
    "1e308",
    "-5",
    "0000-01-01",
    "9999-99-99",
    "0000-01-01T10:00",
    "UNKNOWN_ENUM",
  ),
  fc.constantFrom<unknown>({ contains: "" }, { not: null }, ["a", "b"], { a: { b: { c: 1 } } }, 1e308, NaN, null, true),
);

describe("hostile input (security finding 14)", () => {
  it("an order dated 0000-01-01 and an interaction at 0000-01-01T10:00 get a date message, and nothing is written", async () => {
    const t = await setup();
    expect(await t.run("create", t.orderForm({ date: "0000-01-01" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { date: expect.any(String) },
    });
    const i = await interactionSetup();
    expect(await i.run("create", i.form({ at: "0000-01-01T10:00" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { at: expect.any(String) },
    });
    expect(await unsafeDb().order.count({ where: { tenantId: t.tenant.id } })).toBe(0);
    expect(await unsafeDb().interaction.count({ where: { tenantId: i.tenant.id } })).toBe(0);
  });

  it("any value in any field of the counterparty, order and interaction forms is a validation message or a write, never an unexpected error", async () => {
    const o = await setup();
    const i = await interactionSetup();
    const counterpartyForm = { kind: "LEGAL_ENTITY", name: "ООО Тест" };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("counterparty", "order", "interaction"),
        fc.constantFrom("name", "kind", "taxId", "date", "at", "subject", "type", "counterpartyId", "lines", "comment"),
        hostileValue,
        async (form, field, value) => {
          const result =
            form === "counterparty"
              ? await executeTenantAction(
                  o.claims,
                  o.tenant.slug,
                  counterpartyDef,
                  { ...counterpartyForm, [field]: value },
                  createCounterpartyUseCase,
                )
              : form === "order"
                ? await o.run("create", o.orderForm({ [field]: value }))
                : await i.run("create", i.form({ [field]: value }));
          if (!result.ok) expect(result.code, JSON.stringify({ form, field, value }).slice(0, 200)).toBe("VALIDATION");
        },
      ),
      { numRuns: 150 },
    );
    // A write that went through holds no control character.
    const names = await unsafeDb().counterparty.findMany({ where: { tenantId: o.tenant.id }, select: { name: true } });
    expect(names.filter((n) => /\u0000/.test(n.name))).toEqual([]);
  });

  it("a CSV cell with a NUL is imported without it", async () => {
    const t = await setup("ADMIN");
    const { uploadImport } = await import("@/server/imports/upload-import");
    const { commitImport } = await import("@/server/imports/commit-import");
    const bytes = new TextEncoder().encode("Артикул;Наименование\nNUL-1;Бума\u0000га\n");
    const { id } = await uploadImport(await t.ctx(), "products", { name: "nul.csv", bytes });
    await commitImport(await t.ctx(), { id });
    expect((await unsafeDb().product.findFirstOrThrow({ where: { tenantId: t.tenant.id, sku: "NUL-1" } })).name).toBe(
      "Бумага",
    );
  });
});
