/**
 * Idempotent demo data: the tenant `demo` with an admin, a director and two managers, and a few counterparties.
 * Run by `npm start` on every start; a second run changes nothing.
 */
import { createPrismaClient } from "@/server/db/client";
import { addMember, createCounterparty, createTenant, createUser } from "@tests/factories";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_USERS = [
  { email: "admin@demo.test", name: "Анна Администратор", role: "ADMIN" },
  { email: "director@demo.test", name: "Дмитрий Руководитель", role: "DIRECTOR" },
  { email: "manager1@demo.test", name: "Мария Менеджер", role: "MANAGER" },
  { email: "manager2@demo.test", name: "Михаил Менеджер", role: "MANAGER" },
] as const;

const DEMO_COUNTERPARTIES = [
  { name: "ООО «Ромашка»", kind: "LEGAL_ENTITY", manager: 2 },
  { name: "АО «Северный ветер»", kind: "LEGAL_ENTITY", manager: 2 },
  { name: "ИП Кузнецов А. В.", kind: "LEGAL_ENTITY", manager: 3 },
  { name: "ООО «ТехноСнаб»", kind: "LEGAL_ENTITY", manager: 3 },
  { name: "Иванова Елена Петровна", kind: "INDIVIDUAL", manager: 2 },
  { name: "Петров Сергей Николаевич", kind: "INDIVIDUAL", manager: 3 },
] as const;

export async function seedDemo(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const tenant =
      (await db.tenant.findUnique({ where: { slug: "demo" } })) ??
      (await createTenant(db, { name: "Демо: ООО «Торговый дом»", slug: "demo", locale: "ru" }));
    const userIds: string[] = [];
    for (const demo of DEMO_USERS) {
      const user =
        (await db.user.findUnique({ where: { email: demo.email } })) ??
        (await createUser(db, { email: demo.email, name: demo.name, password: DEMO_PASSWORD }));
      userIds.push(user.id);
      const member = await db.membership.findUnique({ where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } } });
      if (!member) await addMember(db, tenant.id, user.id, demo.role);
    }
    if ((await db.counterparty.count({ where: { tenantId: tenant.id } })) === 0) {
      for (const c of DEMO_COUNTERPARTIES) {
        await createCounterparty(db, tenant.id, { name: c.name, kind: c.kind, responsibleUserId: userIds[c.manager] });
      }
    }
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  await seedDemo(url);
  console.log("seed: demo tenant ready");
}
