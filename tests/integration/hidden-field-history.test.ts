import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { saveFieldDefinition, saveFieldDefinitionInput } from "@/server/custom-fields/save-field-definition";
import { updateCustomFields, updateCustomFieldsInput } from "@/server/counterparties/update-custom-fields";
import { getCounterpartyCard } from "@/server/counterparties/get-counterparty-card";
import { addMember, createCounterparty, createTenantWithUser, createUser } from "@tests/factories";

const field = (key: string, visibleTo: string[]) => ({
  key,
  labelRu: key,
  labelEn: key,
  type: "TEXT",
  section: "Основное",
  visibleTo,
  editableBy: ["DIRECTOR"],
});

describe("custom fields hidden from a role (security finding 2)", () => {
  it("stay hidden in the card's history: the manager sees the change of his field, not the director's value", async () => {
    const admin = await createTenantWithUser(unsafeDb(), "ADMIN");
    const tenantId = admin.tenant.id;
    const [director, manager] = [await createUser(unsafeDb()), await createUser(unsafeDb())];
    await addMember(unsafeDb(), tenantId, director.id, "DIRECTOR");
    await addMember(unsafeDb(), tenantId, manager.id, "MANAGER");
    const claims = (u: { id: string; sessionVersion: number }) => ({ userId: u.id, sessionVersion: u.sessionVersion });
    const save = { name: "saveField", permission: "fields.manage", input: saveFieldDefinitionInput } as const;
    for (const f of [field("margin", ["DIRECTOR"]), field("region", ["DIRECTOR", "MANAGER"])])
      expect(await executeTenantAction(admin.claims, admin.tenant.slug, save, f, saveFieldDefinition)).toMatchObject({
        ok: true,
      });
    const c = await createCounterparty(unsafeDb(), tenantId, { responsibleUserId: manager.id });
    const values = {
      name: "updateCustomFields",
      permission: "counterparty.update",
      input: updateCustomFieldsInput,
    } as const;
    const saved = await executeTenantAction(
      claims(director),
      admin.tenant.slug,
      values,
      { id: c.id, version: 1, "cf.margin": "секретная наценка 42%", "cf.region": "Урал" },
      updateCustomFields,
    );
    expect(saved).toMatchObject({ ok: true });

    const history = async (u: typeof director) =>
      JSON.stringify(
        (await getCounterpartyCard(await resolveTenantContext(claims(u), admin.tenant.slug), c.id)).timeline,
      );
    expect(await history(director)).toContain("секретная наценка 42%");
    const seenByManager = await history(manager);
    expect(seenByManager).toContain("Урал");
    expect(seenByManager).not.toContain("секретная наценка");
    expect(seenByManager).not.toContain("margin");
  });
});
