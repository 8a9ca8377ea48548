import { randomUUID } from "node:crypto";
import { db as tenantDb, unsafeDb } from "@/server/db";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { addMember, createContactPerson, createCounterparty, createTenantWithUser, createUser } from "@tests/factories";

/**
 * A small tenant whose every SPEC §7.1 figure is worked out by hand in kpi.test.ts. October 2026 is the period
 * under test, September 2026 the previous one, October 2025 the year before. The zone is Moscow (UTC+3).
 *
 * Counterparties: c1, c2 (Anna's), c3 (Boris's), c4 (nobody's), c5 (Boris's, archived).
 */
export async function kpiFixture() {
  const db = unsafeDb();
  const director = await createTenantWithUser(db, "DIRECTOR");
  const tenantId = director.tenant.id;
  await db.tenant.update({ where: { id: tenantId }, data: { timeZone: "Europe/Moscow" } });
  const anna = await createUser(db, { name: "Анна Менеджер" });
  const boris = await createUser(db, { name: "Борис Менеджер" });
  await addMember(db, tenantId, anna.id, "MANAGER");
  await addMember(db, tenantId, boris.id, "MANAGER");
  await db.fieldDefinition.create({
    data: {
      tenantId,
      key: "segment",
      labelRu: "Сегмент",
      labelEn: "Segment",
      type: "TEXT",
      countsForCompleteness: true,
    },
  });
  await db.fieldDefinition.create({
    data: {
      tenantId,
      key: "old_note",
      labelRu: "Старое",
      labelEn: "Old",
      type: "TEXT",
      countsForCompleteness: true,
      archived: true,
    },
  });

  const c1 = await createCounterparty(db, tenantId, {
    name: "c1",
    responsibleUserId: anna.id,
    phone: "+7 495 111-11-11",
    email: "c1@example.test",
  });
  await createContactPerson(db, tenantId, c1.id);
  await db.counterparty.update({
    where: { tenantId_id: { tenantId, id: c1.id } },
    data: { customFields: { segment: "retail", old_note: "x" } },
  });
  const c2 = await createCounterparty(db, tenantId, { name: "c2", responsibleUserId: anna.id });
  await db.counterparty.update({
    where: { tenantId_id: { tenantId, id: c2.id } },
    data: { customFields: { segment: "" } },
  });
  const c3 = await createCounterparty(db, tenantId, {
    name: "c3",
    responsibleUserId: boris.id,
    phone: "+7 495 333-33-33",
  });
  await db.contactInfo.create({ data: { tenantId, counterpartyId: c3.id, type: "ADDRESS", value: "Москва" } });
  const c4 = await createCounterparty(db, tenantId, { name: "c4", email: "c4@example.test" });
  const c5 = await createCounterparty(db, tenantId, {
    name: "c5",
    responsibleUserId: boris.id,
    phone: "+7 495 555-55-55",
  });
  await db.counterparty.update({ where: { tenantId_id: { tenantId, id: c5.id } }, data: { archived: true } });

  let number = 0;
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  async function order(o: {
    counterpartyId: string;
    managerUserId: string;
    date: string;
    status: "DRAFT" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
    total: number;
    shipped?: { date: string; amount: number; cost: number };
    paid?: { date: string; amount: number };
    expectedPaymentDate?: string;
  }) {
    const id = randomUUID();
    number++;
    const shipped = o.shipped?.amount ?? 0;
    const paid = o.paid?.amount ?? 0;
    await db.order.create({
      data: {
        tenantId,
        id,
        number,
        date: day(o.date),
        counterpartyId: o.counterpartyId,
        managerUserId: o.managerUserId,
        status: o.status,
        totalAmount: o.total,
        shippedAmount: shipped,
        paidAmount: paid,
        shipmentState: shipped === 0 ? "NOT_SHIPPED" : shipped < o.total ? "PARTLY_SHIPPED" : "SHIPPED",
        paymentState: paid === 0 ? "UNPAID" : paid < o.total ? "PARTLY_PAID" : "PAID",
        settled: o.status === "CANCELLED" || (shipped === o.total && paid === o.total),
        expectedPaymentDate: o.expectedPaymentDate ? day(o.expectedPaymentDate) : null,
      },
    });
    const common = { tenantId, number, orderId: id, counterpartyId: o.counterpartyId, managerUserId: o.managerUserId };
    if (o.shipped)
      await db.shipment.create({
        data: {
          ...common,
          date: day(o.shipped.date),
          shipperUserId: o.managerUserId,
          amount: o.shipped.amount,
          cost: o.shipped.cost,
        },
      });
    if (o.paid) await db.payment.create({ data: { ...common, date: day(o.paid.date), amount: o.paid.amount } });
  }
  const A = anna.id;
  const B = boris.id;
  const D = director.user.id;
  await order({
    counterpartyId: c1.id,
    managerUserId: A,
    date: "2026-09-10",
    status: "COMPLETED",
    total: 1000,
    shipped: { date: "2026-09-11", amount: 1000, cost: 600 },
    paid: { date: "2026-09-12", amount: 1000 },
  });
  await order({
    counterpartyId: c1.id,
    managerUserId: A,
    date: "2026-10-05",
    status: "COMPLETED",
    total: 500,
    shipped: { date: "2026-10-06", amount: 500, cost: 300 },
    paid: { date: "2026-10-07", amount: 500 },
  });
  await order({
    counterpartyId: c2.id,
    managerUserId: A,
    date: "2026-10-10",
    status: "CONFIRMED",
    total: 800,
    shipped: { date: "2026-10-11", amount: 800, cost: 500 },
    paid: { date: "2026-10-12", amount: 300 },
    expectedPaymentDate: "2026-10-20",
  });
  await order({
    counterpartyId: c3.id,
    managerUserId: B,
    date: "2026-10-15",
    status: "CONFIRMED",
    total: 200,
    expectedPaymentDate: "2099-12-31",
  });
  await order({ counterpartyId: c3.id, managerUserId: B, date: "2026-10-20", status: "CANCELLED", total: 900 });
  await order({ counterpartyId: c2.id, managerUserId: B, date: "2026-10-25", status: "DRAFT", total: 700 });
  await order({
    counterpartyId: c4.id,
    managerUserId: D,
    date: "2026-10-03",
    status: "COMPLETED",
    total: 100,
    shipped: { date: "2026-10-03", amount: 100, cost: 40 },
    paid: { date: "2026-10-03", amount: 100 },
  });
  await order({
    counterpartyId: c4.id,
    managerUserId: D,
    date: "2025-10-15",
    status: "COMPLETED",
    total: 50,
    shipped: { date: "2025-10-15", amount: 50, cost: 20 },
    paid: { date: "2025-10-15", amount: 50 },
  });
  // The documents went straight into the tables: bring each customer's first sale and first deal up to date as the
  // use cases that write documents do.
  for (const c of [c1, c2, c3, c4, c5])
    await tenantDb().$transaction((tx) => refreshCustomerFirsts(tx, tenantId, c.id));

  const interaction = (
    responsibleUserId: string,
    counterpartyId: string,
    at: string,
    type: "CALL" | "MEETING" | "EMAIL",
    direction: "INCOMING" | "OUTGOING",
    durationMinutes: number | null,
    status: "DONE" | "PLANNED" = "DONE",
  ) =>
    db.interaction.create({
      data: {
        tenantId,
        responsibleUserId,
        counterpartyId,
        at: new Date(at),
        startedAt: new Date(at),
        type,
        direction,
        durationMinutes,
        status,
        subject: "s",
      },
    });
  // Moscow midnight is 21:00 UTC the day before: the first call is in October there, the last one in November.
  await interaction(A, c1.id, "2026-10-01T00:30:00+03:00", "CALL", "OUTGOING", 10);
  await interaction(A, c1.id, "2026-10-15T12:00:00+03:00", "MEETING", "OUTGOING", 60);
  await interaction(A, c2.id, "2026-10-31T23:30:00+03:00", "CALL", "INCOMING", 5);
  await interaction(A, c2.id, "2026-11-01T00:10:00+03:00", "CALL", "OUTGOING", 7);
  await interaction(A, c2.id, "2026-09-30T23:59:00+03:00", "CALL", "OUTGOING", 3);
  await interaction(B, c3.id, "2026-10-20T10:00:00+03:00", "EMAIL", "OUTGOING", null);
  await interaction(B, c3.id, "2026-10-21T10:00:00+03:00", "CALL", "OUTGOING", 30, "PLANNED");

  const stage = (counterpartyId: string, fromValue: string | null, toValue: string, at: string) =>
    db.classificationChange.create({
      data: {
        tenantId,
        counterpartyId,
        dimension: "STAGE",
        fromValue,
        toValue,
        automatic: true,
        createdAt: new Date(at),
      },
    });
  await stage(c1.id, "POTENTIAL", "ONE_TIME", "2026-09-12T03:00:00+03:00");
  await stage(c1.id, "ONE_TIME", "REGULAR", "2026-10-10T03:00:00+03:00");
  await stage(c2.id, "POTENTIAL", "ONE_TIME", "2026-10-12T03:00:00+03:00");
  await stage(c3.id, "POTENTIAL", "ONE_TIME", "2025-06-01T03:00:00+03:00");
  await stage(c3.id, "ONE_TIME", "LOST", "2026-10-20T03:00:00+03:00");
  // An ABC change is no stage change.
  await db.classificationChange.create({
    data: {
      tenantId,
      counterpartyId: c1.id,
      dimension: "ABC",
      fromValue: null,
      toValue: "A",
      automatic: true,
      createdAt: new Date("2026-10-10T03:00:00+03:00"),
    },
  });

  return { director, anna, boris, tenantId, counterparties: { c1, c2, c3, c4, c5 } };
}
