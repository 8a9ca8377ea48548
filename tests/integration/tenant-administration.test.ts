import { describe, expect, it } from "vitest";
import { db, unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { resolveTenantContext } from "@/server/tenant-context";
import { updateTenantSettings, updateTenantSettingsInput } from "@/server/tenants/update-tenant-settings";
import { listAuditEvents, auditFilterSchema } from "@/server/audit/list-audit-events";
import { listOutbox } from "@/server/mail/list-outbox";
import { storeEmail } from "@/server/mail/send-email";
import { listNotifications } from "@/server/notifications/list-notifications";
import { countUnreadNotifications } from "@/server/notifications/count-unread-notifications";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";
import { setUserLocale } from "@/server/users/set-user-locale";
import { loadUserSession } from "@/server/auth/session-user";
import { addMember, createTenantWithUser, createUser } from "@tests/factories";

const settingsDef = {
  name: "updateTenantSettings",
  permission: "tenant.updateSettings",
  input: updateTenantSettingsInput,
} as const;
const form = (extra: Record<string, string> = {}) => ({
  name: "ООО Новое имя",
  locale: "en",
  timeZone: "Asia/Yekaterinburg",
  currency: "EUR",
  managerVisibility: "OWN",
  allowOverpayment: "on",
  birthdayDigestHour: "7",
  ...extra,
});

describe("tenant settings (SPEC §1.4)", () => {
  it("an admin changes them; the tenant row, its feature settings and the audit log hold the change", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const result = await executeTenantAction(a.claims, a.tenant.slug, settingsDef, form(), updateTenantSettings);
    expect(result.ok).toBe(true);
    const tenant = await unsafeDb().tenant.findUniqueOrThrow({ where: { id: a.tenant.id } });
    expect(tenant).toMatchObject({
      name: "ООО Новое имя",
      locale: "EN",
      timeZone: "Asia/Yekaterinburg",
      currency: "EUR",
    });
    expect(tenant.settings).toMatchObject({ managerVisibility: "OWN", allowOverpayment: true, birthdayDigestHour: 7 });
    const [event] = await unsafeDb().auditEvent.findMany({
      where: { tenantId: a.tenant.id, action: "tenant.settings_updated" },
    });
    expect(event?.changes).toMatchObject({
      before: { locale: "ru", currency: "RUB" },
      after: { locale: "en", currency: "EUR" },
    });
    // The other tenant is untouched.
    expect(await unsafeDb().tenant.findUniqueOrThrow({ where: { id: b.tenant.id } })).toMatchObject({
      name: b.tenant.name,
      locale: "RU",
      currency: "RUB",
    });
  });

  it("refuses a director, a bad time zone and an unknown currency, and writes nothing", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const director = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, director.id, "DIRECTOR");
    const asDirector = { userId: director.id, sessionVersion: director.sessionVersion };
    expect(
      await executeTenantAction(asDirector, t.tenant.slug, settingsDef, form(), updateTenantSettings),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const bad = await executeTenantAction(
      t.claims,
      t.tenant.slug,
      settingsDef,
      form({ timeZone: "Mars/Olympus", currency: "XXX" }),
      updateTenantSettings,
    );
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!bad.ok && Object.keys(bad.fieldErrors).sort()).toEqual(["currency", "timeZone"]);
    expect(await unsafeDb().tenant.findUniqueOrThrow({ where: { id: t.tenant.id } })).toMatchObject({
      name: t.tenant.name,
      timeZone: "Europe/Moscow",
    });
    expect(await unsafeDb().auditEvent.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });
});

describe("the audit log page", () => {
  it("lists the tenant's own events newest first, filtered by entity, actor and day", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const event = (tenantId: string, entity: string, at: string, actorUserId: string | null) =>
      unsafeDb().auditEvent.create({
        data: { tenantId, entity, entityId: "x", action: `${entity}.changed`, actorUserId, createdAt: new Date(at) },
      });
    await event(a.tenant.id, "Counterparty", "2026-11-01T10:00:00Z", a.user.id);
    await event(a.tenant.id, "Order", "2026-11-02T10:00:00Z", a.user.id);
    await event(a.tenant.id, "Counterparty", "2026-11-03T10:00:00Z", null);
    await event(b.tenant.id, "Counterparty", "2026-11-02T12:00:00Z", b.user.id);
    const ctx = await resolveTenantContext(a.claims, a.tenant.slug);
    const list = (filter: Record<string, string>) => listAuditEvents(ctx, auditFilterSchema.parse(filter));

    const all = await list({});
    expect(all.total).toBe(3);
    expect(all.events.map((e) => e.createdAt.toISOString().slice(0, 10))).toEqual([
      "2026-11-03",
      "2026-11-02",
      "2026-11-01",
    ]);
    expect(all.events[1]!.actor?.user.email).toBe(a.user.email);
    expect((await list({ entity: "Counterparty" })).total).toBe(2);
    expect((await list({ actor: a.user.id })).total).toBe(2);
    expect((await list({ from: "2026-11-02", to: "2026-11-02" })).events.map((e) => e.entity)).toEqual(["Order"]);
    // Another tenant's user as the actor filter finds nothing here.
    expect((await list({ actor: b.user.id })).total).toBe(0);
    // A malformed filter falls back to the whole log instead of failing the page.
    expect((await list({ from: "yesterday", page: "-4" })).total).toBe(3);
  });
});

describe("the outbox", () => {
  it("shows the admin the tenant's own kept messages, newest first", async () => {
    const a = await createTenantWithUser(unsafeDb(), "ADMIN");
    const b = await createTenantWithUser(unsafeDb(), "ADMIN");
    const keep = (tenantId: string, subject: string) =>
      db().$transaction((tx) => storeEmail(tx, { tenantId, to: "x@example.test", subject, text: "…" }, null));
    await keep(a.tenant.id, "Приглашение 1");
    await keep(a.tenant.id, "Приглашение 2");
    await keep(b.tenant.id, "Чужое");
    const outbox = await listOutbox(await resolveTenantContext(a.claims, a.tenant.slug));
    expect(outbox.map((m) => [m.subject, m.status])).toEqual([
      ["Приглашение 2", "KEPT"],
      ["Приглашение 1", "KEPT"],
    ]);
  });
});

describe("notifications", () => {
  it("are the user's own in this tenant: listed unread first, counted, and marked read one or all", async () => {
    const t = await createTenantWithUser(unsafeDb(), "MANAGER");
    const other = await createTenantWithUser(unsafeDb(), "MANAGER");
    await addMember(unsafeDb(), other.tenant.id, t.user.id, "MANAGER");
    const note = (tenantId: string, userId: string, dedupeKey: string, readAt: Date | null = null) =>
      unsafeDb().notification.create({ data: { tenantId, userId, kind: "BIRTHDAYS", dedupeKey, readAt } });
    const first = await note(t.tenant.id, t.user.id, "a");
    await note(t.tenant.id, t.user.id, "b", new Date("2026-11-01T00:00:00Z"));
    await note(t.tenant.id, t.user.id, "c");
    await note(other.tenant.id, t.user.id, "elsewhere");
    const ctx = await resolveTenantContext(t.claims, t.tenant.slug);

    expect((await listNotifications(ctx)).map((n) => n.dedupeKey)).toEqual(["c", "a", "b"]);
    expect(await countUnreadNotifications(ctx)).toBe(2);
    await markNotificationsRead(ctx, { id: first.id });
    expect(await countUnreadNotifications(ctx)).toBe(1);
    await markNotificationsRead(ctx, {});
    expect(await countUnreadNotifications(ctx)).toBe(0);
    // The same user's notification in his other company stays unread.
    expect(await countUnreadNotifications(await resolveTenantContext(t.claims, other.tenant.slug))).toBe(1);
  });
});

describe("the language switch", () => {
  it("stores the user's language, which his next request reads", async () => {
    const t = await createTenantWithUser(unsafeDb(), "MANAGER");
    expect((await loadUserSession(t.claims))?.user.locale).toBe("ru");
    await setUserLocale(t.user.id, "en");
    expect((await unsafeDb().user.findUniqueOrThrow({ where: { id: t.user.id } })).locale).toBe("EN");
    expect((await loadUserSession(t.claims))?.user.locale).toBe("en");
    expect((await resolveTenantContext(t.claims, t.tenant.slug)).user.locale).toBe("en");
  });
});
