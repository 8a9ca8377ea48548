import { describe, expect, it } from "vitest";
import { can, permissionsOf, PERMISSIONS, ROLES, isRole } from "./permissions";

describe("permission table", () => {
  it("gives a manager only his daily work", () => {
    expect(permissionsOf("MANAGER")).toEqual([
      "counterparty.read",
      "counterparty.create",
      "counterparty.update",
      "order.read",
      "order.write",
      "product.read",
      "interaction.write",
      "email.send",
      "kpi.read",
    ]);
    expect(can("MANAGER", "calendar.readAll")).toBe(false);
    expect(can("MANAGER", "kpi.readAll")).toBe(false);
    expect(can("MANAGER", "reports.read")).toBe(false);
    expect(can("MANAGER", "interaction.writeAny")).toBe(false);
    expect(can("MANAGER", "classification.run")).toBe(false);
    expect(can("MANAGER", "counterparty.reassign")).toBe(false);
    expect(can("MANAGER", "member.invite")).toBe(false);
    expect(can("MANAGER", "tenant.updateSettings")).toBe(false);
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
