import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { getListColumns, setListColumns, setListColumnsInput } from "@/server/preferences/list-columns";
import { addMember, createTenantWithUser } from "@tests/factories";

const def = { name: "setListColumns", permission: "counterparty.read", input: setListColumnsInput } as const;

describe("list columns chosen per user", () => {
  it("remembers each user's columns per company, refuses unknown ones, and an empty choice restores the default", async () => {
    const a = await createTenantWithUser(unsafeDb(), "MANAGER");
    const other = await createTenantWithUser(unsafeDb(), "MANAGER");
    await addMember(unsafeDb(), other.tenant.id, a.user.id, "MANAGER");
    expect(
      await executeTenantAction(a.claims, a.tenant.slug, def, { columns: ["taxId", "cf.segment"] }, setListColumns),
    ).toMatchObject({ ok: true });
    expect(await getListColumns(await resolveTenantContext(a.claims, a.tenant.slug))).toEqual(["taxId", "cf.segment"]);
    expect(await getListColumns(await resolveTenantContext(a.claims, other.tenant.slug))).toBeNull();
    expect(
      await executeTenantAction(a.claims, a.tenant.slug, def, { columns: ["password"] }, setListColumns),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    await executeTenantAction(a.claims, a.tenant.slug, def, {}, setListColumns);
    expect(await getListColumns(await resolveTenantContext(a.claims, a.tenant.slug))).toBeNull();
  });
});
