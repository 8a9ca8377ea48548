import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { addDays } from "date-fns";
import { unsafeDb } from "@/server/db";
import { resolveTenantContext } from "@/server/tenant-context";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { regenerateCalendarFeed, regenerateCalendarFeedInput } from "@/server/calendar/regenerate-calendar-feed";
import { createInteraction, createInteractionInput } from "@/server/interactions/create-interaction";
import { createOrder } from "@/server/orders/create-order";
import { dateValue, isoDate, todayIn } from "@/domain/dates/calendar-date";
import { GET } from "@/app/feeds/calendar/[tenant]/[user]/[token]/route";
import { createCounterparty, createProduct, createTenantWithUser } from "@tests/factories";

const today = todayIn("Europe/Moscow");
const day = (n: number) => isoDate(addDays(dateValue(today), n));

async function setup() {
  const t = await createTenantWithUser(unsafeDb(), "MANAGER");
  const ctx = await resolveTenantContext(t.claims, t.tenant.slug);
  const customer = await createCounterparty(unsafeDb(), t.tenant.id, {
    name: "ООО Подписчик",
    responsibleUserId: t.user.id,
  });
  const product = await createProduct(unsafeDb(), t.tenant.id, { salePrice: "100.00" });
  const meeting = await createInteraction(
    ctx,
    createInteractionInput.parse({
      counterpartyId: customer.id,
      type: "MEETING",
      importance: "HIGH",
      subject: "Переговоры",
      at: `${day(3)}T15:00`,
    }),
  );
  const order = await createOrder(ctx, {
    date: dateValue(day(-1)),
    counterpartyId: customer.id,
    contactPersonId: null,
    managerUserId: null,
    expectedShipmentDate: null,
    expectedPaymentDate: dateValue(day(5)),
    sourceId: null,
    comment: null,
    lines: [{ productId: product.id, quantity: "2", price: "100.00", discountPercent: "0.00" }],
    idempotencyKey: null,
    confirm: true,
  });
  const regenerate = async () => {
    const result = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      { name: "regenerateCalendarFeed", permission: "counterparty.read", input: regenerateCalendarFeedInput },
      {},
      regenerateCalendarFeed,
    );
    if (!result.ok) throw new Error(result.message);
    return result.data.url;
  };
  return { ...t, meeting, order, regenerate };
}

async function fetchFeed(url: string) {
  const [, , , tenant, user, token] = new URL(url).pathname.split("/");
  const response = await GET(new Request(url), {
    params: Promise.resolve({ tenant: tenant!, user: user!, token: token! }),
  });
  return { status: response.status, body: await response.text(), type: response.headers.get("content-type") };
}

describe("the private iCalendar feed (SPEC §8.4)", () => {
  it("serves the user's events as RFC 5545 that a real parser reads", async () => {
    const t = await setup();
    const url = await t.regenerate();
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const meeting = events.find((e) => e.summary.includes("Переговоры"))!;
    expect(meeting.summary).toBe("! Встреча: Переговоры — ООО Подписчик");
    expect(meeting.startDate.toJSDate().toISOString()).toBe(new Date(`${day(3)}T12:00:00Z`).toISOString());
    const payment = events.find((e) => e.summary.includes("№"))!;
    expect(payment.startDate.isDate).toBe(true);
    expect(payment.startDate.toString()).toBe(day(5));
    expect(payment.summary).toContain("200,00");
  });

  it("revokes the old address when a new one is issued, and a wrong address reveals nothing", async () => {
    const t = await setup();
    const old = await t.regenerate();
    const fresh = await t.regenerate();
    expect(fresh).not.toBe(old);
    expect((await fetchFeed(fresh)).status).toBe(200);
    const revoked = await fetchFeed(old);
    expect(revoked).toMatchObject({ status: 404, body: "Not found" });
    const tampered = await fetchFeed(fresh.replace(/\/([^/]+)\.ics$/, "/AAAA$1.ics"));
    expect(tampered).toMatchObject({ status: 404, body: "Not found" });
  });

  it("two tenants: another tenant's member under this tenant's address, or a signature from another tenant, is not found", async () => {
    const a = await setup();
    const b = await setup();
    const urlA = await a.regenerate();
    const urlB = await b.regenerate();
    const [, , , , , tokenB] = new URL(urlB).pathname.split("/");
    const mixed = urlA.replace(/\/[^/]+\/[^/]+$/, `/${b.user.id}/${tokenB}`);
    expect((await fetchFeed(mixed)).status).toBe(404);
    const calendar = new ICAL.Component(ICAL.parse((await fetchFeed(urlA)).body));
    const uids = calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid") as string);
    expect(uids.some((u) => u.includes(b.meeting.id) || u.includes(b.order.id))).toBe(false);
  });

  it("refuses an address signed with the secret the project once published, or with the app's secret itself", async () => {
    const t = await setup();
    const url = await t.regenerate();
    const version = (
      await unsafeDb().membership.findFirstOrThrow({ where: { tenantId: t.tenant.id, userId: t.user.id } })
    ).calendarFeedVersion;
    const forge = (secret: string) =>
      createHmac("sha256", secret).update(`calendar-feed:${t.tenant.id}:${t.user.id}:${version}`).digest("base64url");
    for (const secret of ["dev-only-secret-change-me-in-production-0123456789", process.env.NEXTAUTH_SECRET!]) {
      const forged = url.replace(/\/[^/]+\.ics$/, `/${forge(secret)}.ics`);
      expect(forged).not.toBe(url);
      expect((await fetchFeed(forged)).status).toBe(404);
    }
  });
});
