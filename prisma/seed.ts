/**
 * Idempotent demo data: the tenant `demo` with an admin, a director and two managers, and a few counterparties.
 * Run by `npm start` on every start; a second run changes nothing.
 */
import { createPrismaClient } from "@/server/db/client";
import { addMember, createContactPerson, createCounterparty, createTenant, createUser } from "@tests/factories";
import { seedDemoOrders } from "./seed-orders";
import { seedDemoInteractions } from "./seed-interactions";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_USERS = [
  { email: "admin@demo.test", name: "Анна Администратор", role: "ADMIN" },
  { email: "director@demo.test", name: "Дмитрий Руководитель", role: "DIRECTOR" },
  { email: "manager1@demo.test", name: "Мария Менеджер", role: "MANAGER" },
  { email: "manager2@demo.test", name: "Михаил Менеджер", role: "MANAGER" },
] as const;

const DEMO_SOURCES = ["Выставка «Продэкспо»", "Рекомендация", "Холодный звонок", "Реклама в интернете"];

const DEMO_COUNTERPARTIES = [
  {
    name: "ООО «Ромашка»",
    kind: "LEGAL_ENTITY",
    manager: 2,
    taxId: "7707083893",
    phone: "+7 (495) 123-45-67",
    email: "info@romashka.example",
    source: 0,
    person: ["Смирнова", "Ольга", "главный бухгалтер", "+7 916 555-12-34"],
  },
  {
    name: "АО «Северный ветер»",
    kind: "LEGAL_ENTITY",
    manager: 2,
    taxId: "7736207543",
    phone: "8 812 765-43-21",
    email: "sales@nwind.example",
    source: 1,
    person: ["Орлов", "Игорь", "директор по закупкам", "+7 921 700-00-01"],
  },
  {
    name: "ИП Кузнецов А. В.",
    kind: "INDIVIDUAL",
    manager: 3,
    taxId: "500100732259",
    phone: "+7 903 111-22-33",
    email: null,
    source: 2,
    person: null,
  },
  {
    name: "ООО «ТехноСнаб»",
    kind: "LEGAL_ENTITY",
    manager: 3,
    taxId: null,
    phone: "+7 (343) 222-33-44",
    email: "zakaz@tehnosnab.example",
    source: 3,
    person: ["Ким", "Анна", "менеджер по снабжению", "+7 912 345-67-89"],
  },
  {
    name: "Иванова Елена Петровна",
    kind: "INDIVIDUAL",
    manager: 2,
    taxId: null,
    phone: "+7 926 123-00-00",
    email: "ivanova@mail.example",
    source: 1,
    person: null,
  },
  {
    name: "Петров Сергей Николаевич",
    kind: "INDIVIDUAL",
    manager: 3,
    taxId: null,
    phone: "+7 985 000-11-22",
    email: null,
    source: 2,
    person: null,
  },
] as const;

export async function seedDemo(databaseUrl: string): Promise<void> {
  // The demo orders go through the app's use cases, which reach the database through the app's client.
  process.env.DATABASE_URL ||= databaseUrl;
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
      const member = await db.membership.findUnique({
        where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
      });
      if (!member) await addMember(db, tenant.id, user.id, demo.role);
    }
    if ((await db.counterparty.count({ where: { tenantId: tenant.id } })) === 0) {
      const sources = [];
      for (const name of DEMO_SOURCES)
        sources.push(await db.informationSource.create({ data: { tenantId: tenant.id, name } }));
      for (const c of DEMO_COUNTERPARTIES) {
        const counterparty = await createCounterparty(db, tenant.id, {
          name: c.name,
          kind: c.kind,
          responsibleUserId: userIds[c.manager],
          taxId: c.taxId,
          sourceId: sources[c.source]!.id,
          phone: c.phone,
          email: c.email,
        });
        if (c.person) {
          const [lastName, firstName, position, phone] = c.person;
          await createContactPerson(db, tenant.id, counterparty.id, { lastName, firstName, position, phone });
        }
      }
    }
    const names: string[] = DEMO_COUNTERPARTIES.map((c) => c.name);
    const counterparties = await db.counterparty.findMany({
      where: { tenantId: tenant.id, name: { in: names } },
      select: { id: true, name: true },
    });
    const ids = names
      .map((name) => counterparties.find((c) => c.name === name)?.id)
      .filter((id): id is string => Boolean(id));
    await seedDemoOrders(db, tenant.id, ids);
    await seedDemoInteractions(db, tenant.id, DEMO_USERS[2].email, ids);
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
