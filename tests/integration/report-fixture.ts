import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import {
  addMember,
  createContactPerson,
  createCounterparty,
  createTenantWithUser,
  createUser,
  uniqueSuffix,
} from "@tests/factories";

const at = (moscowTime: string) => new Date(`${moscowTime}+03:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A small tenant (Moscow time) for the analytic reports, every figure of which is worked out by hand in
 * analytic-reports.test.ts; the period of interest is October 2026. Times near midnight sit on the edge of the
 * period in Moscow and on the other side of it in UTC.
 */
export async function reportFixture() {
  const db = unsafeDb();
  const t = await createTenantWithUser(db, "DIRECTOR");
  const tenantId = t.tenant.id;
  const anna = await createUser(db, { name: `Alekseeva ${uniqueSuffix()}` });
  const boris = await createUser(db, { name: `Borisov ${uniqueSuffix()}` });
  await addMember(db, tenantId, anna.id, "MANAGER");
  await addMember(db, tenantId, boris.id, "MANAGER");

  const source = (name: string, data: { cost?: string; archived?: boolean } = {}) =>
    db.informationSource.create({ data: { tenantId, name, ...data } });
  const fair = await source("Выставка", { cost: "1000.00" });
  const wordOfMouth = await source("Сарафан");
  const oldAds = await source("Старая реклама", { cost: "500.00", archived: true });
  await source("Забытый", { archived: true });
  const coldCalls = await source("Холодные звонки", { cost: "200.00" });

  const field = (
    key: string,
    type: "TEXT" | "BOOLEAN",
    data: { countsForCompleteness?: boolean; archived?: boolean; entity?: "COUNTERPARTY" | "CONTACT_PERSON" } = {},
  ) =>
    db.fieldDefinition.create({
      data: { tenantId, key, labelRu: key, labelEn: key, type, countsForCompleteness: true, ...data },
    });
  await field("industry", "TEXT");
  await field("vip", "BOOLEAN");
  await field("old", "TEXT", { archived: true });
  await field("remarks", "TEXT", { countsForCompleteness: false });
  await field("hobby", "TEXT", { entity: "CONTACT_PERSON" });

  const counterparty = async (
    name: string,
    data: {
      kind?: "LEGAL_ENTITY" | "INDIVIDUAL";
      manager?: string;
      sourceId?: string;
      createdAt: Date;
      customFields?: object;
      archived?: boolean;
      isCustomer?: boolean;
    },
  ) => {
    const c = await createCounterparty(db, tenantId, {
      name,
      kind: data.kind,
      responsibleUserId: data.manager,
      sourceId: data.sourceId,
    });
    return db.counterparty.update({
      where: { tenantId_id: { tenantId, id: c.id } },
      data: {
        createdAt: data.createdAt,
        customFields: data.customFields ?? {},
        archived: data.archived ?? false,
        isCustomer: data.isCustomer ?? true,
      },
    });
  };
  // Completeness fields: phone, e-mail, address, contact person, industry, vip (6).
  const alfa = await counterparty("Альфа", {
    manager: anna.id,
    sourceId: fair.id,
    createdAt: at("2026-10-01T00:10"),
    customFields: { industry: "Retail", vip: false },
  });
  const beta = await counterparty("Бета", {
    kind: "INDIVIDUAL",
    manager: anna.id,
    sourceId: fair.id,
    createdAt: at("2026-10-31T23:00"),
    customFields: { industry: "" },
  });
  const gamma = await counterparty("Гамма", {
    manager: boris.id,
    sourceId: wordOfMouth.id,
    createdAt: at("2026-10-10T12:00"),
    customFields: { vip: true, old: "x", remarks: "y" },
  });
  const formula = await counterparty('=HYPERLINK("http://evil.example","click")', {
    createdAt: at("2026-11-01T00:05"),
  });
  await counterparty("Дельта", {
    manager: anna.id,
    sourceId: fair.id,
    createdAt: at("2026-10-05T12:00"),
    archived: true,
  });
  await counterparty("Поставщик", { manager: boris.id, createdAt: at("2026-10-05T12:00"), isCustomer: false });

  const contact = (
    counterpartyId: string,
    type: "PHONE" | "EMAIL" | "ADDRESS" | "EXTENSION",
    value: string,
    isPrimary = false,
    position = 0,
  ) => db.contactInfo.create({ data: { tenantId, counterpartyId, type, value, isPrimary, position } });
  await contact(alfa.id, "PHONE", "+7 495 000-00-00", false, 0);
  await contact(alfa.id, "PHONE", "+7 495 111-11-11", true, 1);
  await contact(alfa.id, "EMAIL", "info@alfa.example", true);
  await contact(alfa.id, "ADDRESS", "Москва, ул. Ленина, 1", true);
  await contact(beta.id, "PHONE", "+7 916 222-22-22", true);
  await contact(gamma.id, "EMAIL", "gamma@example.test");
  await contact(gamma.id, "ADDRESS", "Казань");
  await contact(gamma.id, "EXTENSION", "123");
  await createContactPerson(db, tenantId, alfa.id, { lastName: "Орлов" });
  await createContactPerson(db, tenantId, gamma.id, { lastName: "Соколова" });
  // People who left: neither they nor their e-mail count for the company any more.
  const left = await createContactPerson(db, tenantId, gamma.id, { lastName: "Ушедший" });
  const formerBeta = await createContactPerson(db, tenantId, beta.id, {
    lastName: "Бывший",
    email: "former@beta.example",
  });
  await db.employment.updateMany({
    where: { tenantId, contactPersonId: { in: [left.id, formerBeta.id] } },
    data: { endedOn: day("2026-09-01") },
  });

  const interaction = (data: {
    manager: string;
    counterpartyId: string;
    type: "CALL" | "MEETING" | "EMAIL";
    direction: "INCOMING" | "OUTGOING";
    status: "DONE" | "PLANNED" | "CANCELLED";
    at: Date;
    minutes?: number;
    sourceId?: string;
  }) =>
    db.interaction.create({
      data: {
        tenantId,
        responsibleUserId: data.manager,
        counterpartyId: data.counterpartyId,
        type: data.type,
        direction: data.direction,
        status: data.status,
        at: data.at,
        durationMinutes: data.minutes,
        sourceId: data.sourceId,
        subject: "—",
      },
    });
  await interaction({
    manager: anna.id,
    counterpartyId: alfa.id,
    type: "CALL",
    direction: "OUTGOING",
    status: "DONE",
    at: at("2026-10-01T00:30"),
    minutes: 10,
  });
  await interaction({
    manager: anna.id,
    counterpartyId: alfa.id,
    type: "CALL",
    direction: "INCOMING",
    status: "DONE",
    at: at("2026-10-15T12:00"),
    minutes: 5,
    sourceId: fair.id,
  });
  await interaction({
    manager: anna.id,
    counterpartyId: beta.id,
    type: "MEETING",
    direction: "OUTGOING",
    status: "DONE",
    at: at("2026-10-20T15:00"),
    minutes: 60,
  });
  await interaction({
    manager: boris.id,
    counterpartyId: gamma.id,
    type: "CALL",
    direction: "INCOMING",
    status: "DONE",
    at: at("2026-10-31T23:30"),
    sourceId: wordOfMouth.id,
  });
  await interaction({
    manager: boris.id,
    counterpartyId: gamma.id,
    type: "EMAIL",
    direction: "OUTGOING",
    status: "PLANNED",
    at: at("2026-10-25T10:00"),
  });
  await interaction({
    manager: anna.id,
    counterpartyId: alfa.id,
    type: "CALL",
    direction: "OUTGOING",
    status: "CANCELLED",
    at: at("2026-10-10T10:00"),
  });
  await interaction({
    manager: boris.id,
    counterpartyId: gamma.id,
    type: "CALL",
    direction: "OUTGOING",
    status: "DONE",
    at: at("2026-11-01T00:30"),
    minutes: 15,
  });
  await interaction({
    manager: anna.id,
    counterpartyId: alfa.id,
    type: "CALL",
    direction: "INCOMING",
    status: "DONE",
    at: at("2026-09-30T23:59"),
    minutes: 7,
    sourceId: fair.id,
  });
  await interaction({
    manager: anna.id,
    counterpartyId: beta.id,
    type: "CALL",
    direction: "INCOMING",
    status: "DONE",
    at: at("2026-10-05T09:00"),
    minutes: 3,
  });

  const dry = await db.failureReason.create({ data: { tenantId, name: "Дорого" } });
  const late = await db.failureReason.create({ data: { tenantId, name: "Сроки" } });
  let shipmentNumber = 0;
  const order = async (
    number: number,
    data: {
      counterpartyId: string;
      manager: string;
      status: "DRAFT" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
      date: string;
      total: string;
      sourceId?: string;
      failureReasonId?: string;
      comment?: string;
    },
    shipments: [string, string, string][] = [],
  ) => {
    const o = await db.order.create({
      data: {
        tenantId,
        number,
        date: day(data.date),
        counterpartyId: data.counterpartyId,
        managerUserId: data.manager,
        status: data.status,
        totalAmount: data.total,
        sourceId: data.sourceId,
        failureReasonId: data.failureReasonId,
        comment: data.comment,
      },
    });
    for (const [date, amount, cost] of shipments) {
      await db.shipment.create({
        data: {
          tenantId,
          number: ++shipmentNumber,
          date: day(date),
          orderId: o.id,
          counterpartyId: data.counterpartyId,
          managerUserId: data.manager,
          sourceId: data.sourceId,
          shipperUserId: data.manager,
          amount,
          cost,
        },
      });
    }
    return o;
  };
  await order(
    1,
    {
      counterpartyId: alfa.id,
      manager: anna.id,
      status: "CONFIRMED",
      date: "2026-10-03",
      total: "5000.00",
      sourceId: fair.id,
    },
    [
      ["2026-10-05", "3000.00", "1800.00"],
      ["2026-11-02", "2000.00", "1200.00"],
    ],
  );
  await order(
    2,
    {
      counterpartyId: beta.id,
      manager: anna.id,
      status: "COMPLETED",
      date: "2026-09-20",
      total: "1000.00",
      sourceId: fair.id,
    },
    [["2026-10-02", "1000.00", "700.00"]],
  );
  await order(
    3,
    {
      counterpartyId: gamma.id,
      manager: boris.id,
      status: "CONFIRMED",
      date: "2026-10-12",
      total: "800.00",
      sourceId: oldAds.id,
    },
    [["2026-10-15", "800.00", "500.00"]],
  );
  await order(4, {
    counterpartyId: gamma.id,
    manager: boris.id,
    status: "DRAFT",
    date: "2026-10-13",
    total: "700.00",
    sourceId: wordOfMouth.id,
  });
  await order(
    5,
    { counterpartyId: gamma.id, manager: boris.id, status: "CONFIRMED", date: "2026-10-14", total: "400.00" },
    [["2026-10-16", "400.00", "100.00"]],
  );
  const o6 = await order(6, {
    counterpartyId: alfa.id,
    manager: anna.id,
    status: "CANCELLED",
    date: "2026-10-07",
    total: "1200.50",
    sourceId: fair.id,
    failureReasonId: dry.id,
    comment: "Нашли дешевле",
  });
  await order(7, {
    counterpartyId: beta.id,
    manager: anna.id,
    status: "CANCELLED",
    date: "2026-10-08",
    total: "300.00",
    failureReasonId: dry.id,
  });
  await order(8, {
    counterpartyId: gamma.id,
    manager: boris.id,
    status: "CANCELLED",
    date: "2026-10-09",
    total: "2000.00",
    failureReasonId: late.id,
  });
  await order(9, {
    counterpartyId: formula.id,
    manager: boris.id,
    status: "CANCELLED",
    date: "2026-10-10",
    total: "99.99",
    comment: "=cmd",
  });
  await order(10, {
    counterpartyId: alfa.id,
    manager: anna.id,
    status: "CANCELLED",
    date: "2026-11-05",
    total: "5000.00",
    failureReasonId: dry.id,
  });
  await order(11, {
    counterpartyId: beta.id,
    manager: anna.id,
    status: "CANCELLED",
    date: "2026-10-31",
    total: "10.00",
    failureReasonId: late.id,
  });

  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  return {
    ...t,
    ctx,
    anna,
    boris,
    sources: { fair, wordOfMouth, oldAds, coldCalls },
    reasons: { dry, late },
    counterparties: { alfa, beta, gamma, formula },
    o6,
  };
}

/** Another tenant with a bit of everything in October 2026, none of which may appear in the first one's reports. */
export async function otherTenantFixture() {
  const db = unsafeDb();
  const t = await createTenantWithUser(db, "DIRECTOR");
  const tenantId = t.tenant.id;
  const source = await db.informationSource.create({ data: { tenantId, name: "Чужой источник", cost: "9999.00" } });
  const reason = await db.failureReason.create({ data: { tenantId, name: "Чужая причина" } });
  const client = await createCounterparty(db, tenantId, {
    name: "Чужой клиент",
    responsibleUserId: t.user.id,
    sourceId: source.id,
    phone: "+7 999 999-99-99",
  });
  await db.counterparty.update({
    where: { tenantId_id: { tenantId, id: client.id } },
    data: { createdAt: at("2026-10-10T12:00") },
  });
  await db.interaction.create({
    data: {
      tenantId,
      responsibleUserId: t.user.id,
      counterpartyId: client.id,
      type: "CALL",
      direction: "INCOMING",
      status: "DONE",
      at: at("2026-10-10T12:00"),
      durationMinutes: 99,
      sourceId: source.id,
      subject: "—",
    },
  });
  const order = await db.order.create({
    data: {
      tenantId,
      number: 1,
      date: day("2026-10-10"),
      counterpartyId: client.id,
      managerUserId: t.user.id,
      status: "CONFIRMED",
      totalAmount: "777.00",
      sourceId: source.id,
    },
  });
  await db.shipment.create({
    data: {
      tenantId,
      number: 1,
      date: day("2026-10-11"),
      orderId: order.id,
      counterpartyId: client.id,
      managerUserId: t.user.id,
      sourceId: source.id,
      shipperUserId: t.user.id,
      amount: "777.00",
      cost: "1.00",
    },
  });
  await db.order.create({
    data: {
      tenantId,
      number: 2,
      date: day("2026-10-10"),
      counterpartyId: client.id,
      managerUserId: t.user.id,
      status: "CANCELLED",
      totalAmount: "555.00",
      failureReasonId: reason.id,
    },
  });
  return { ...t, ctx: await resolveTenantContext(t.claims, t.tenant.slug), source, reason, client };
}
