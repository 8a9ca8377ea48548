import { describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext, type TenantContext } from "@/server/tenant-context";
import { createInteraction, createInteractionInput } from "@/server/interactions/create-interaction";
import { completeInteraction } from "@/server/interactions/complete-interaction";
import { cancelInteraction } from "@/server/interactions/cancel-interaction";
import { createOrder } from "@/server/orders/create-order";
import { createShipment } from "@/server/shipments/create-shipment";
import { registerPayment } from "@/server/payments/register-payment";
import { listCalendarEvents, type CalendarQuery } from "@/server/calendar/list-calendar-events";
import { OVERDUE_SHOWN, userCalendar } from "@/server/calendar/user-calendar";
import { parseCalendarQuery } from "@/domain/calendar/calendar-query";
import { dateValue, isoDate, todayIn } from "@/domain/dates/calendar-date";
import { startOfLocalDay } from "@/domain/dates/local-time";
import { EVENT_KINDS, GRID_EVENTS_PER_DAY } from "@/domain/calendar/calendar-view";
import { addMember, createCounterparty, createProduct, createTenantWithUser, createUser } from "@tests/factories";

const TZ = "Europe/Moscow";
const today = todayIn(TZ);
const day = (offset: number) => isoDate(addDays(dateValue(today), offset));
/** "Now" is fixed at 13:00 today in Moscow, so this morning's call is due today, not overdue. */
const now = new Date(startOfLocalDay(today, TZ).getTime() + 13 * 3_600_000);

async function fixture() {
  const t = await createTenantWithUser(unsafeDb(), "MANAGER");
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  const colleague = await createUser(unsafeDb());
  await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
  const colleagueCtx = await resolveTenantContext(
    { userId: colleague.id, sessionVersion: colleague.sessionVersion },
    t.tenant.slug,
  );
  const alpha = await createCounterparty(unsafeDb(), t.tenant.id, { name: "Альфа", responsibleUserId: t.user.id });
  const beta = await createCounterparty(unsafeDb(), t.tenant.id, { name: "Бета", responsibleUserId: t.user.id });
  const product = await createProduct(unsafeDb(), t.tenant.id, { salePrice: "100.00", costPrice: "60.00" });

  const plan = async (c: TenantContext, counterpartyId: string, at: string, extra: Record<string, unknown> = {}) =>
    (
      await createInteraction(
        c,
        createInteractionInput.parse({ counterpartyId, type: "CALL", subject: `Контакт ${at}`, at, ...extra }),
      )
    ).id;
  const missedCall = await plan(ctx, alpha.id, `${day(-1)}T11:00`);
  const meeting = await plan(ctx, beta.id, `${day(7)}T15:00`, { type: "MEETING", importance: "HIGH" });
  const morningCall = await plan(ctx, alpha.id, `${day(0)}T09:00`, { importance: "LOW" });
  const done = await plan(ctx, alpha.id, `${day(-1)}T12:00`);
  await completeInteraction(ctx, { id: done, version: 1, content: null, durationMinutes: null });
  const cancelled = await plan(ctx, alpha.id, `${day(1)}T12:00`);
  await cancelInteraction(ctx, { id: cancelled, version: 1 });
  const colleagues = await plan(colleagueCtx, alpha.id, `${day(0)}T10:00`);

  const order = (
    counterpartyId: string,
    quantity: number,
    o: { ship?: string | null; pay?: string | null; confirm?: boolean },
  ) =>
    createOrder(ctx, {
      date: dateValue(day(-10)),
      counterpartyId,
      contactPersonId: null,
      managerUserId: null,
      expectedShipmentDate: o.ship ? dateValue(o.ship) : null,
      expectedPaymentDate: o.pay ? dateValue(o.pay) : null,
      sourceId: null,
      comment: null,
      lines: [{ productId: product.id, quantity: String(quantity), price: "100.00", discountPercent: "0.00" }],
      idempotencyKey: null,
      confirm: o.confirm ?? true,
    });
  const lineOf = async (orderId: string) =>
    (await unsafeDb().orderLine.findFirstOrThrow({ where: { tenantId: t.tenant.id, orderId } })).id;
  // Partly shipped (4 of 10) and partly paid (300 of 1000).
  const partial = await order(alpha.id, 10, { ship: day(0), pay: day(3) });
  await createShipment(ctx, {
    orderId: partial.id,
    date: dateValue(day(-2)),
    shipperUserId: null,
    comment: null,
    idempotencyKey: null,
    lines: [{ orderLineId: await lineOf(partial.id), quantity: "4" }],
  });
  await registerPayment(ctx, {
    orderId: partial.id,
    date: dateValue(day(-1)),
    amount: "300.00",
    method: "CASH",
    comment: null,
    idempotencyKey: null,
  });
  // Fully shipped and paid: nothing left to expect.
  const settled = await order(beta.id, 2, { ship: day(0), pay: day(0) });
  await createShipment(ctx, {
    orderId: settled.id,
    date: dateValue(day(-2)),
    shipperUserId: null,
    comment: null,
    idempotencyKey: null,
    lines: [{ orderLineId: await lineOf(settled.id), quantity: "2" }],
  });
  await registerPayment(ctx, {
    orderId: settled.id,
    date: dateValue(day(-1)),
    amount: "200.00",
    method: "CASH",
    comment: null,
    idempotencyKey: null,
  });
  await order(beta.id, 3, { ship: day(0), pay: day(0), confirm: false }); // a draft is not expected yet
  const unpaid = await order(beta.id, 5, { pay: day(-6) }); // overdue, and without a shipment date

  const query = (extra: Partial<CalendarQuery> = {}): CalendarQuery => ({
    tenantId: t.tenant.id,
    timeZone: TZ,
    from: today,
    to: day(13),
    includeOverdue: true,
    userId: t.user.id,
    kinds: EVENT_KINDS,
    now,
    ...extra,
  });
  return {
    ...t,
    ctx,
    colleague,
    alpha,
    beta,
    query,
    ids: { missedCall, meeting, morningCall, colleagues, partial: partial.id, unpaid: unpaid.id },
  };
}

const brief = (events: Awaited<ReturnType<typeof listCalendarEvents>>["events"]) =>
  events.map((e) => [e.kind, e.id, e.colour, e.remaining]);

describe("the user calendar (SPEC §8)", () => {
  it("lists exactly what the user must do, in time order, coloured in the tenant's zone, with what remains", async () => {
    const f = await fixture();
    const { events, truncated } = await listCalendarEvents(f.query());
    expect(truncated).toBe(false);
    expect(brief(events)).toEqual([
      ["payment", f.ids.unpaid, "overdue", "500.00"],
      ["interaction", f.ids.missedCall, "overdue", null],
      ["shipment", f.ids.partial, "today", "600.00"],
      ["interaction", f.ids.morningCall, "today", null],
      ["payment", f.ids.partial, "later", "700.00"],
      ["interaction", f.ids.meeting, "later", null],
    ]);
    expect(events.find((e) => e.id === f.ids.meeting)).toMatchObject({
      importance: "HIGH",
      day: day(7),
      counterpartyName: "Бета",
    });
    expect(events.find((e) => e.id === f.ids.morningCall)?.importance).toBe("LOW");
  });

  it("filters by event type, importance, counterparty and period; leaves out what is before the period unless overdue is asked for", async () => {
    const f = await fixture();
    expect(brief((await listCalendarEvents(f.query({ kinds: ["interaction"] }))).events).map((e) => e[1])).toEqual([
      f.ids.missedCall,
      f.ids.morningCall,
      f.ids.meeting,
    ]);
    expect((await listCalendarEvents(f.query({ importance: "HIGH" }))).events.map((e) => e.id)).toEqual([
      f.ids.meeting,
    ]);
    expect((await listCalendarEvents(f.query({ counterpartyId: f.beta.id }))).events.map((e) => e.id)).toEqual([
      f.ids.unpaid,
      f.ids.meeting,
    ]);
    expect((await listCalendarEvents(f.query({ includeOverdue: false, to: today }))).events.map((e) => e.id)).toEqual([
      f.ids.partial,
      f.ids.morningCall,
    ]);
  });

  it("shows a director any manager's calendar or everyone's, and a manager only his own", async () => {
    const f = await fixture();
    const all = await listCalendarEvents(f.query({ userId: null }));
    expect(all.events.map((e) => e.id)).toContain(f.ids.colleagues);
    // A manager asking for everyone's calendar still gets his own.
    const mine = await userCalendar(f.ctx, parseCalendarQuery({ user: "all" }), now);
    expect(mine.events.map((e) => e.id)).not.toContain(f.ids.colleagues);

    const director = await createUser(unsafeDb());
    await addMember(unsafeDb(), f.tenant.id, director.id, "DIRECTOR");
    const dctx = await resolveTenantContext(
      { userId: director.id, sessionVersion: director.sessionVersion },
      f.tenant.slug,
    );
    expect(
      (await userCalendar(dctx, parseCalendarQuery({ user: f.colleague.id }), now)).events.map((e) => e.id),
    ).toEqual([f.ids.colleagues]);
    expect((await userCalendar(dctx, parseCalendarQuery({ user: "all" }), now)).events.length).toBe(all.events.length);
  });

  it("two tenants: a director never sees another tenant's events, even by naming its user", async () => {
    const a = await fixture();
    const b = await fixture();
    const director = await createUser(unsafeDb());
    await addMember(unsafeDb(), a.tenant.id, director.id, "DIRECTOR");
    const dctx = await resolveTenantContext(
      { userId: director.id, sessionVersion: director.sessionVersion },
      a.tenant.slug,
    );
    expect((await userCalendar(dctx, parseCalendarQuery({ user: b.user.id }), now)).events).toEqual([]);
    const everyone = await userCalendar(dctx, parseCalendarQuery({ user: "all", counterparty: b.alpha.id }), now);
    expect(everyone.events).toEqual([]);
  });

  it("opens the agenda with the latest overdue items only, so a long backlog never hides today", async () => {
    const f = await fixture();
    const backlog = Array.from({ length: OVERDUE_SHOWN + 5 }, (_, i) => {
      const at = new Date(startOfLocalDay(day(-30 - i), TZ).getTime() + 10 * 3_600_000);
      return {
        tenantId: f.tenant.id,
        counterpartyId: f.alpha.id,
        responsibleUserId: f.user.id,
        type: "CALL" as const,
        subject: `Долг ${i}`,
        plannedAt: at,
        at,
      };
    });
    await unsafeDb().interaction.createMany({ data: backlog });
    const agenda = await userCalendar(f.ctx, parseCalendarQuery({}), now);
    const overdue = agenda.events.filter((e) => e.colour === "overdue");
    expect(agenda.overdueTruncated).toBe(true);
    expect(overdue).toHaveLength(OVERDUE_SHOWN);
    // The newest overdue are kept, still in time order, and today's and later events follow them.
    expect(overdue.at(-1)!.id).toBe(f.ids.missedCall);
    expect(overdue.map((e) => e.day)).toEqual([...overdue.map((e) => e.day)].sort());
    expect(agenda.events.map((e) => e.id)).toEqual(
      expect.arrayContaining([f.ids.morningCall, f.ids.meeting, f.ids.partial]),
    );
  });

  it("gives the week grid a dozen events a day with the day's full count, however crowded the days before", async () => {
    const f = await fixture();
    const perDay = GRID_EVENTS_PER_DAY.week!;
    const monday = parseCalendarQuery({ view: "week", date: today });
    const week = await userCalendar(f.ctx, monday, now);
    const crowdedDay = week.range.from;
    // More events on the week's first day than the whole calendar's cap: before, they crowded out the other days.
    const crowd = Array.from({ length: 2_100 }, (_, i) => {
      const at = new Date(startOfLocalDay(crowdedDay, TZ).getTime() + (8 * 60 + (i % 600)) * 60_000);
      return {
        tenantId: f.tenant.id,
        counterpartyId: f.alpha.id,
        responsibleUserId: f.user.id,
        type: "CALL" as const,
        subject: `Обзвон ${i}`,
        plannedAt: at,
        at,
      };
    });
    await unsafeDb().interaction.createMany({ data: crowd });
    const lastDay = week.range.to;
    const late = await createInteraction(
      f.ctx,
      createInteractionInput.parse({
        counterpartyId: f.beta.id,
        type: "MEETING",
        subject: "В конце недели",
        at: `${lastDay}T18:00`,
      }),
    );

    const grid = await userCalendar(f.ctx, monday, now);
    const onCrowdedDay = grid.events.filter((e) => e.day === crowdedDay);
    expect(onCrowdedDay).toHaveLength(perDay);
    expect(onCrowdedDay.every((e) => e.dayCount === onCrowdedDay[0]!.dayCount)).toBe(true);
    expect(onCrowdedDay[0]!.dayCount).toBeGreaterThanOrEqual(2_100);
    expect(onCrowdedDay.map((e) => e.at.getTime())).toEqual(
      [...onCrowdedDay.map((e) => e.at.getTime())].sort((x, y) => x - y),
    );
    expect(grid.events.map((e) => e.id)).toContain(late.id);
    expect(grid.events.find((e) => e.id === late.id)).toMatchObject({
      counterpartyName: "Бета",
      responsibleName: f.user.name,
      dayCount: 1,
    });
    expect(grid.truncated).toBe(false);
  });
});
