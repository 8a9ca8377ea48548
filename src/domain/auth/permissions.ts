/**
 * Role → allowed actions (SPEC §1.3). The server checks these in every action and route; the UI reads the same
 * table to hide what a role may not do. Record-level rules (a manager edits only the counterparties he is
 * responsible for) live next to the use cases that need them.
 */
export const ROLES = ["ADMIN", "DIRECTOR", "MANAGER"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "counterparty.read",
  "counterparty.create",
  "counterparty.update",
  "counterparty.updateAny",
  "counterparty.reassign",
  "counterparty.archive",
  "counterparty.merge",
  "counterparty.import",
  "order.read",
  "order.write",
  "order.close",
  "product.read",
  "product.manage",
  "interaction.write",
  "interaction.writeAny",
  "calendar.readAll",
  "email.send",
  "classification.read",
  "classification.run",
  "classification.override",
  "kpi.read",
  "kpi.readAll",
  "kpi.configure",
  "reports.read",
  "product.import",
  "lists.manage",
  "fields.manage",
  "audit.read",
  "member.read",
  "member.invite",
  "member.changeRole",
  "member.deactivate",
  "tenant.updateSettings",
  "outbox.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MANAGER: readonly Permission[] = [
  "counterparty.read",
  "counterparty.create",
  "counterparty.update",
  "order.read",
  "order.write",
  "product.read",
  "interaction.write",
  "email.send",
  "kpi.read",
];

const DIRECTOR: readonly Permission[] = [
  ...MANAGER,
  "counterparty.updateAny",
  "counterparty.reassign",
  "counterparty.archive",
  "order.close",
  "product.manage",
  "member.read",
  "interaction.writeAny",
  "calendar.readAll",
  "classification.read",
  "classification.run",
  "classification.override",
  "kpi.readAll",
  "kpi.configure",
  "reports.read",
];

const ADMIN: readonly Permission[] = [
  ...DIRECTOR,
  "counterparty.merge",
  "counterparty.import",
  "product.import",
  "lists.manage",
  "fields.manage",
  "audit.read",
  "member.invite",
  "member.changeRole",
  "member.deactivate",
  "tenant.updateSettings",
  "outbox.read",
];

const TABLE: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set(ADMIN),
  DIRECTOR: new Set(DIRECTOR),
  MANAGER: new Set(MANAGER),
};

export function can(role: Role, permission: Permission): boolean {
  return TABLE[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => TABLE[role].has(p));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Record-level rule (SPEC §1.3): a manager edits the counterparties he is responsible for; directors and admins any. */
export function canEditCounterparty(role: Role, userId: string, responsibleUserId: string | null): boolean {
  return can(role, "counterparty.updateAny") || (can(role, "counterparty.update") && responsibleUserId === userId);
}

/** A manager changes the interactions he is responsible for; directors and admins any. */
export function canWriteInteraction(role: Role, userId: string, responsibleUserId: string): boolean {
  return can(role, "interaction.writeAny") || (can(role, "interaction.write") && responsibleUserId === userId);
}
