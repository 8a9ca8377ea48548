import { randomUUID } from "node:crypto";
import type { PrismaClient, Role } from "@/generated/prisma/client";
import { toLocaleColumn } from "@/i18n/locales";
import { hashPassword } from "@/server/auth/password";
import { normalizeContactValue } from "@/domain/contact-info/normalize";

/** Unique enough for parallel tests: every factory default carries it, so rows never collide. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createTenant(
  db: PrismaClient,
  data: { name?: string; slug?: string; locale?: "ru" | "en" } = {},
) {
  const suffix = uniqueSuffix();
  return db.tenant.create({
    data: {
      name: data.name ?? `Company ${suffix}`,
      slug: data.slug ?? `co-${suffix}`,
      locale: toLocaleColumn(data.locale ?? "ru"),
    },
  });
}

export async function createUser(
  db: PrismaClient,
  data: { email?: string; name?: string; password?: string; locale?: "ru" | "en" } = {},
) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: (data.email ?? `user-${suffix}@example.test`).toLowerCase(),
      name: data.name ?? `User ${suffix}`,
      passwordHash: await hashPassword(data.password ?? "correct-horse-battery"),
      locale: toLocaleColumn(data.locale ?? "ru"),
    },
  });
}

export async function addMember(db: PrismaClient, tenantId: string, userId: string, role: Role) {
  return db.membership.create({ data: { tenantId, userId, role } });
}

/** A tenant with one user of the given role: the usual starting point of a test. */
export async function createTenantWithUser(db: PrismaClient, role: Role = "ADMIN") {
  const tenant = await createTenant(db);
  const user = await createUser(db);
  const membership = await addMember(db, tenant.id, user.id, role);
  return { tenant, user, membership, claims: { userId: user.id, sessionVersion: user.sessionVersion } };
}

function contactEntries(
  tenantId: string,
  owner: { counterpartyId: string } | { contactPersonId: string },
  phone?: string | null,
  email?: string | null,
) {
  return [
    ...(phone ? [{ type: "PHONE" as const, value: phone }] : []),
    ...(email ? [{ type: "EMAIL" as const, value: email }] : []),
  ].map((c) => ({ tenantId, ...owner, ...c, normalized: normalizeContactValue(c.type, c.value), isPrimary: true }));
}

export async function createCounterparty(
  db: PrismaClient,
  tenantId: string,
  data: {
    name?: string;
    kind?: "LEGAL_ENTITY" | "INDIVIDUAL";
    responsibleUserId?: string;
    taxId?: string | null;
    sourceId?: string;
    phone?: string | null;
    email?: string | null;
  } = {},
) {
  const counterparty = await db.counterparty.create({
    data: {
      tenantId,
      name: data.name ?? `Counterparty ${uniqueSuffix()}`,
      kind: data.kind ?? "LEGAL_ENTITY",
      responsibleUserId: data.responsibleUserId,
      taxId: data.taxId,
      sourceId: data.sourceId,
    },
  });
  const contacts = contactEntries(tenantId, { counterpartyId: counterparty.id }, data.phone, data.email);
  if (contacts.length) await db.contactInfo.createMany({ data: contacts });
  return counterparty;
}

/** A person currently working at the counterparty. */
export async function createContactPerson(
  db: PrismaClient,
  tenantId: string,
  counterpartyId: string,
  data: { lastName?: string; firstName?: string; position?: string; phone?: string; email?: string } = {},
) {
  const person = await db.contactPerson.create({
    data: {
      tenantId,
      lastName: data.lastName ?? `Person ${uniqueSuffix()}`,
      firstName: data.firstName ?? "Test",
      position: data.position,
    },
  });
  await db.employment.create({
    data: { tenantId, contactPersonId: person.id, counterpartyId, position: data.position },
  });
  const contacts = contactEntries(tenantId, { contactPersonId: person.id }, data.phone, data.email);
  if (contacts.length) await db.contactInfo.createMany({ data: contacts });
  return person;
}

export async function createProduct(
  db: PrismaClient,
  tenantId: string,
  data: { sku?: string; name?: string; salePrice?: string; costPrice?: string; active?: boolean } = {},
) {
  const suffix = uniqueSuffix();
  return db.product.create({
    data: {
      tenantId,
      sku: data.sku ?? `SKU-${suffix}`,
      name: data.name ?? `Product ${suffix}`,
      salePrice: data.salePrice ?? "100.00",
      costPrice: data.costPrice ?? "60.00",
      active: data.active ?? true,
    },
  });
}

export async function createFailureReason(db: PrismaClient, tenantId: string, name = `Reason ${uniqueSuffix()}`) {
  return db.failureReason.create({ data: { tenantId, name } });
}
