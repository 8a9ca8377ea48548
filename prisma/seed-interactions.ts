/**
 * The demo manager's working day (SPEC §8): yesterday's missed call (red), a call and an expected payment today
 * (black), next week's important meeting (grey, "!"), months of logged contacts on the cards, and a contact
 * person with a birthday today. Dates are relative to the day the demo is seeded; written through the use cases.
 */
import { addDays, subDays } from "date-fns";
import type { PrismaClient } from "@/generated/prisma/client";
import { dateValue, isoDate, todayIn } from "@/domain/dates/calendar-date";
import { seedContextOf } from "./seed-context";
import { createInteraction } from "@/server/interactions/create-interaction";
import { createOrder } from "@/server/orders/create-order";

const LOGGED = [
  ["CALL", "Обсудили условия поставки на квартал", "Клиент просит отсрочку 14 дней, согласовано."],
  ["MEETING", "Встреча в офисе клиента", "Показали каталог мебели, интерес к креслам."],
  ["EMAIL", "Отправлено коммерческое предложение", "КП на бумагу и картриджи."],
  ["CALL", "Сверка взаиморасчётов", "Расхождений нет."],
] as const;

export async function seedDemoInteractions(
  db: PrismaClient,
  tenantId: string,
  managerEmail: string,
  counterpartyIds: string[],
) {
  if ((await db.interaction.count({ where: { tenantId } })) > 0) return;
  const manager = await db.user.findUniqueOrThrow({ where: { email: managerEmail }, select: { id: true } });
  const ctx = await seedContextOf(db, tenantId, manager.id);
  const { tenant, user } = ctx;
  const today = todayIn(tenant.timeZone);
  const day = (offset: number) => isoDate(addDays(dateValue(today), offset));
  const own = await db.counterparty.findMany({
    where: { tenantId, id: { in: counterpartyIds }, responsibleUserId: user.id },
    orderBy: { name: "asc" },
  });
  // The demo's best-known client, whose accountant has the e-mail address and the birthday.
  const first = own.find((c) => c.name === "ООО «Ромашка»") ?? own[0];
  if (!first) return;
  const second = own.find((c) => c.id !== first.id) ?? first;

  const person = await db.contactPerson.findFirst({
    where: { tenantId, employments: { some: { counterpartyId: first.id, endedOn: null } } },
  });
  if (person) {
    await db.contactPerson.update({
      where: { tenantId_id: { tenantId, id: person.id } },
      data: { birthday: dateValue(`1985-${today.slice(5)}`), remindDaysBefore: 3 },
    });
    await db.contactInfo.create({
      data: {
        tenantId,
        contactPersonId: person.id,
        type: "EMAIL",
        value: "o.smirnova@romashka.example",
        normalized: "o.smirnova@romashka.example",
        isPrimary: true,
      },
    });
  }

  const plan = (
    counterpartyId: string,
    type: "CALL" | "MEETING",
    subject: string,
    at: string,
    extra: { importance?: "HIGH" | "NORMAL" | "LOW"; remindAt?: string } = {},
  ) =>
    createInteraction(ctx, {
      counterpartyId,
      contactPersonId: counterpartyId === first.id ? (person?.id ?? null) : null,
      responsibleUserId: null,
      orderId: null,
      sourceId: null,
      type,
      direction: "OUTGOING",
      importance: extra.importance ?? "NORMAL",
      subject,
      content: null,
      done: false,
      at,
      remindAt: extra.remindAt ?? null,
      durationMinutes: null,
      idempotencyKey: null,
    });
  await plan(first.id, "CALL", "Уточнить потребность в бумаге на квартал", `${day(-1)}T11:00`);
  await plan(second.id, "CALL", "Напомнить об оплате счёта", `${day(0)}T16:00`);
  await plan(first.id, "MEETING", "Презентация новой линейки офисной мебели", `${day(7)}T15:00`, {
    importance: "HIGH",
    remindAt: `${day(6)}T15:00`,
  });
  await plan(second.id, "CALL", "Поздравить с годовщиной сотрудничества", `${day(10)}T10:00`, { importance: "LOW" });

  for (const [index, counterparty] of own.entries()) {
    for (const [n, [type, subject, content]] of LOGGED.entries()) {
      await createInteraction(ctx, {
        counterpartyId: counterparty.id,
        contactPersonId: null,
        responsibleUserId: null,
        orderId: null,
        sourceId: null,
        type,
        direction: "OUTGOING",
        importance: "NORMAL",
        subject,
        content,
        done: true,
        at: `${isoDate(subDays(dateValue(today), 20 + n * 45 + index * 3))}T12:30`,
        remindAt: null,
        durationMinutes: type === "MEETING" ? 60 : 10,
        idempotencyKey: null,
      });
    }
  }

  // A confirmed order whose payment is expected today and whose shipment is due the day after tomorrow.
  const product = await db.product.findFirstOrThrow({ where: { tenantId, active: true }, orderBy: { sku: "asc" } });
  await createOrder(ctx, {
    date: dateValue(day(-10)),
    counterpartyId: second.id,
    contactPersonId: null,
    managerUserId: null,
    expectedShipmentDate: dateValue(day(2)),
    expectedPaymentDate: dateValue(day(0)),
    sourceId: null,
    comment: null,
    lines: [{ productId: product.id, quantity: "20", price: product.salePrice.toFixed(2), discountPercent: "0.00" }],
    idempotencyKey: null,
    confirm: true,
  });
}
