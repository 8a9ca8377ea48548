import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { parseListQuery } from "@/domain/counterparties/list-query";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { exportCounterparties } from "@/server/counterparties/export-counterparties";
import { resolveTenantContext } from "@/server/tenant-context";
import { createCounterparty, createTenantWithUser } from "@tests/factories";

/** The text after checking the UTF-8 byte-order mark that tells Excel the encoding. */
async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.slice(3));
}

describe("exporting the counterparty list", () => {
  it("writes the filtered list for Excel, with formulas neutralised, and only this tenant's rows", async () => {
    const t = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    const other = await createTenantWithUser(unsafeDb(), "DIRECTOR");
    await createCounterparty(unsafeDb(), t.tenant.id, { name: "=cmd|' /C calc'!A0", phone: "+7 495 123-45-67" });
    await createCounterparty(unsafeDb(), t.tenant.id, { name: "Лютик", kind: "INDIVIDUAL" });
    await createCounterparty(unsafeDb(), other.tenant.id, { name: "Чужой" });
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
    const headers = ["Name", "Kind", "Tax id", "Phone", "E-mail", "Manager", "Source", "Created"];
    const all = await read(exportCounterparties(ctx, csvDialect("ru"), parseListQuery({}), headers, (k) => k));
    const lines = all.trim().split(/\r?\n/);
    expect(lines[0]).toBe("Name;Kind;Tax id;Phone;E-mail;Manager;Source;Created");
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      "'=cmd|' /C calc'!A0;LEGAL_ENTITY;;'+7 495 123-45-67;;;;" + new Date().toISOString().slice(0, 10),
    );
    expect(all).not.toContain("Чужой");
    const individuals = await read(
      exportCounterparties(ctx, csvDialect("ru"), parseListQuery({ kind: "INDIVIDUAL" }), headers, (k) => k),
    );
    expect(
      individuals
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(";")[0]),
    ).toEqual(["Лютик"]);
  });
});
