import { describe, expect, it } from "vitest";
import { can, permissionsOf, PERMISSIONS, ROLES, isRole } from "./permissions";

describe("permission table", () => {
  it("gives a manager his daily work (SPEC §1.3): counterparties, orders, interactions, his own calendar and KPIs", () => {
    for (const p of [
      "counterparty.read",
      "counterparty.create",
      "counterparty.update",
      "order.write",
      "interaction.write",
      "kpi.read",
    ] as const)
      expect(can("MANAGER", p), p).toBe(true);
  });

  it("keeps from a manager everything that reaches other managers' records or the company's settings", () => {
    const othersOrCompany =
      /Any$|All$|\.(reassign|archive|merge|import|run|override|configure|manage|close)$|^(reports|audit|member|tenant|outbox|classification)\./;
    const granted = permissionsOf("MANAGER");
    expect(granted.filter((p) => othersOrCompany.test(p))).toEqual([]);
    expect(PERMISSIONS.filter((p) => othersOrCompany.test(p)).length).toBeGreaterThan(20);
  });

  it("lets a director see everyone and reassign, but not administer", () => {
    expect(can("DIRECTOR", "counterparty.updateAny")).toBe(true);
    expect(can("DIRECTOR", "counterparty.reassign")).toBe(true);
    expect(can("DIRECTOR", "member.read")).toBe(true);
    expect(can("DIRECTOR", "member.invite")).toBe(false);
    expect(can("DIRECTOR", "member.changeRole")).toBe(false);
    expect(can("DIRECTOR", "tenant.updateSettings")).toBe(false);
  });

  it("gives an admin every permission", () => {
    expect(permissionsOf("ADMIN")).toEqual([...PERMISSIONS]);
  });

  it("grows monotonically: manager ⊆ director ⊆ admin", () => {
    for (const p of PERMISSIONS) {
      if (can("MANAGER", p)) expect(can("DIRECTOR", p)).toBe(true);
      if (can("DIRECTOR", p)) expect(can("ADMIN", p)).toBe(true);
    }
  });

  it("recognises only the three roles", () => {
    for (const r of ROLES) expect(isRole(r)).toBe(true);
    expect(isRole("OWNER")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe("editing a counterparty", () => {
  it("lets a manager edit only his own, and directors and admins any", async () => {
    const { canEditCounterparty } = await import("./permissions");
    expect(canEditCounterparty("MANAGER", "u1", "u1")).toBe(true);
    expect(canEditCounterparty("MANAGER", "u1", "u2")).toBe(false);
    expect(canEditCounterparty("MANAGER", "u1", null)).toBe(false);
    expect(canEditCounterparty("DIRECTOR", "u1", "u2")).toBe(true);
    expect(canEditCounterparty("ADMIN", "u1", null)).toBe(true);
  });
});
