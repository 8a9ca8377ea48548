import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { withDeploymentSmtpServer } from "@tests/smtp-server";

const smtp = withDeploymentSmtpServer({ beforeAll, afterAll });

const app = async () => ({
  ...(await import("@/server/db")),
  ...(await import("./interaction-fixture")),
  ...(await import("./order-fixture")),
  ...(await import("@/server/reminders/send-due-reminders")),
  ...(await import("@/server/reminders/send-birthday-digests")),
  ...(await import("@/server/jobs/worker")),
  ...(await import("@tests/factories")),
  ...(await import("@/domain/contact-persons/birthdays")),
});

const mailsTo = (address: string) => smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes(address));
async function until(check: () => Promise<boolean>, ms = 20_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200)))
    if (await check()) return;
  throw new Error("timed out");
}

describe("interaction reminders (SPEC §4.2)", () => {
  it("sends a due reminder once: a bell notification and an e-mail to the responsible user", async () => {
    const { interactionSetup, ok, sendDueReminders, unsafeDb } = await app();
    const t = await interactionSetup();
    const { id } = await ok(
      t.run("create", t.form({ subject: "Позвонить главбуху", at: "2026-12-01T10:00", remindAt: "2026-12-01T09:45" })),
    );
    expect(await sendDueReminders(new Date("2026-12-01T06:44:00Z"))).toBe(0); // 09:44 in Moscow: not yet
    await sendDueReminders(new Date("2026-12-01T06:45:00Z"));
    await sendDueReminders(new Date("2026-12-01T06:46:00Z"));
    const notes = await unsafeDb().notification.findMany({ where: { tenantId: t.tenant.id, userId: t.user.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: "INTERACTION_REMINDER",
      readAt: null,
      link: `/t/${t.tenant.slug}/interactions/${id}`,
    });
    const mails = mailsTo(t.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Напоминание: Позвонить главбуху");
    expect(mails[0]!.text).toContain("ООО Клиент");
  });

  it("sends nothing for a cancelled or completed contact, and again after a reschedule", async () => {
    const { interactionSetup, ok, sendDueReminders, unsafeDb } = await app();
    const t = await interactionSetup();
    const a = await ok(t.run("create", t.form({ remindAt: "2026-12-01T09:00" })));
    const b = await ok(t.run("create", t.form({ remindAt: "2026-12-01T09:00" })));
    await ok(t.run("cancel", { id: a.id, version: 1 }));
    await sendDueReminders(new Date("2026-12-01T07:00:00Z"));
    await ok(t.run("reschedule", { id: b.id, version: 1, plannedAt: "2026-12-02T10:00" }));
    await sendDueReminders(new Date("2026-12-02T07:00:00Z"));
    const notes = await unsafeDb().notification.findMany({ where: { tenantId: t.tenant.id } });
    expect(notes.map((n) => n.dedupeKey).sort()).toEqual([
      `reminder:${b.id}:2026-12-01T06:00:00.000Z`,
      `reminder:${b.id}:2026-12-02T06:00:00.000Z`,
    ]);
  });

  it("fires once across a restart of the worker: reminders due while it was down are sent when it starts, none twice", async () => {
    const { interactionSetup, ok, startWorker, unsafeDb } = await app();
    const t = await interactionSetup();
    const count = () => unsafeDb().notification.count({ where: { tenantId: t.tenant.id } });
    // Due a minute ago, so the worker's first tick sends it.
    const at = new Date(Date.now() + 3_600_000);
    const wall = (d: Date) =>
      new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Moscow", dateStyle: "short", timeStyle: "short" })
        .format(d)
        .replace(" ", "T");
    await ok(t.run("create", t.form({ at: wall(at), remindAt: wall(new Date(Date.now() - 60_000)) })));

    const first = await startWorker({ connectionString: process.env.DATABASE_URL! });
    await until(async () => (await count()) === 1);
    await first.stop();

    // While no worker runs, another reminder falls due; the restarted worker catches up on it alone.
    await ok(t.run("create", t.form({ at: wall(at), remindAt: wall(new Date(Date.now() - 30_000)) })));
    const second = await startWorker({ connectionString: process.env.DATABASE_URL! });
    await until(async () => (await count()) === 2);
    await new Promise((r) => setTimeout(r, 3_000)); // let any duplicate tick run
    await second.stop();
    expect(await count()).toBe(2);
    expect(mailsTo(t.user.email)).toHaveLength(2);
  }, 60_000);

  it("two tenants: a reminder reaches only its own tenant's user", async () => {
    const { interactionSetup, ok, sendDueReminders, unsafeDb } = await app();
    const a = await interactionSetup();
    const b = await interactionSetup();
    await ok(b.run("create", b.form({ remindAt: "2026-12-01T09:00" })));
    await sendDueReminders(new Date("2026-12-01T07:00:00Z"));
    expect(await unsafeDb().notification.count({ where: { tenantId: a.tenant.id } })).toBe(0);
    expect(await unsafeDb().notification.count({ where: { tenantId: b.tenant.id, userId: b.user.id } })).toBe(1);
  });
});

describe("the bell", () => {
  it("marks the user's own notifications read; another tenant's id changes nothing", async () => {
    const { interactionSetup, ok, sendDueReminders, unsafeDb } = await app();
    const { executeTenantAction } = await import("@/server/actions/tenant-action");
    const { markNotificationsRead, markNotificationsReadInput } =
      await import("@/server/notifications/mark-notifications-read");
    const a = await interactionSetup();
    const b = await interactionSetup();
    for (const t of [a, b]) await ok(t.run("create", t.form({ remindAt: "2026-12-01T09:00" })));
    await sendDueReminders(new Date("2026-12-01T07:00:00Z"));
    const noteOf = (tenantId: string) => unsafeDb().notification.findFirstOrThrow({ where: { tenantId } });
    const mark = (id?: string) =>
      executeTenantAction(
        a.claims,
        a.tenant.slug,
        { name: "markNotificationsRead", permission: "counterparty.read", input: markNotificationsReadInput },
        { id },
        markNotificationsRead,
      );
    expect(await ok(mark((await noteOf(b.tenant.id)).id))).toEqual({ count: 0 });
    expect((await noteOf(b.tenant.id)).readAt).toBeNull();
    expect(await ok(mark())).toEqual({ count: 1 });
    expect((await noteOf(a.tenant.id)).readAt).not.toBeNull();
  });
});

describe("the morning birthday digest (SPEC §4.2)", () => {
  it("lists, once a day at the tenant's hour, each manager's people whose birthday is today or within their own notice", async () => {
    const {
      createTenantWithUser,
      createCounterparty,
      createContactPerson,
      sendBirthdayDigests,
      unsafeDb,
      addMember,
      createUser,
    } = await app();
    const t = await createTenantWithUser(unsafeDb(), "MANAGER");
    const other = await createUser(unsafeDb(), { locale: "en" });
    await addMember(unsafeDb(), t.tenant.id, other.id, "MANAGER");
    const mine = await createCounterparty(unsafeDb(), t.tenant.id, {
      name: "Моя компания",
      responsibleUserId: t.user.id,
    });
    const archived = await createCounterparty(unsafeDb(), t.tenant.id, { responsibleUserId: t.user.id });
    await unsafeDb().counterparty.update({
      where: { tenantId_id: { tenantId: t.tenant.id, id: archived.id } },
      data: { archived: true },
    });
    const theirs = await createCounterparty(unsafeDb(), t.tenant.id, { responsibleUserId: other.id });
    const person = async (
      counterpartyId: string,
      lastName: string,
      birthday: string,
      remindDaysBefore: number | null,
    ) => {
      const p = await createContactPerson(unsafeDb(), t.tenant.id, counterpartyId, { lastName });
      await unsafeDb().contactPerson.update({
        where: { tenantId_id: { tenantId: t.tenant.id, id: p.id } },
        data: { birthday: new Date(`${birthday}T00:00:00Z`), remindDaysBefore },
      });
    };
    // "Today" is 1 March 2027 in Moscow; the digest hour is 9 by default.
    await person(mine.id, "Сегодня", "1980-03-01", null);
    await person(mine.id, "Високосный", "1988-02-29", 1); // 28 Feb in 2027: passed yesterday
    await person(mine.id, "ЧерезДва", "1990-03-03", 3);
    await person(mine.id, "ЧерезПять", "1990-03-06", 3);
    await person(mine.id, "БезНапоминания", "1990-03-02", null);
    await person(archived.id, "Архивный", "1980-03-01", null);
    await person(theirs.id, "Чужой", "1980-03-01", 0);
    const beforeHour = new Date("2027-03-01T05:59:00Z"); // 08:59 in Moscow
    const atHour = new Date("2027-03-01T06:00:00Z");
    expect(await sendBirthdayDigests(beforeHour)).toBe(0);
    await sendBirthdayDigests(atHour);
    await sendBirthdayDigests(new Date("2027-03-01T10:00:00Z"));

    const notes = await unsafeDb().notification.findMany({
      where: { tenantId: t.tenant.id, kind: "BIRTHDAYS" },
      orderBy: { userId: "asc" },
    });
    const names = (userId: string) =>
      (
        (notes.find((n) => n.userId === userId)?.params as { people: { name: string; inDays: number }[] }).people ?? []
      ).map((p) => [p.name.split(" ")[0], p.inDays]);
    expect(notes).toHaveLength(2);
    expect(names(t.user.id).sort()).toEqual(
      [
        ["ЧерезДва", 2],
        ["Сегодня", 0],
      ].sort(),
    );
    expect(names(other.id)).toEqual([["Чужой", 0]]);
    expect(mailsTo(t.user.email)).toHaveLength(1);
    expect(mailsTo(t.user.email)[0]!.subject).toBe("Дни рождения: 2 человека");
    expect(mailsTo(other.email).map((m) => m.subject)).toEqual(["Birthdays: 1 person"]); // in his own language
    // The next morning is a new day: only this manager has birthdays due.
    expect(await sendBirthdayDigests(new Date("2027-03-02T06:00:00Z"))).toBe(1);
    const next = await unsafeDb().notification.findFirstOrThrow({
      where: { tenantId: t.tenant.id, kind: "BIRTHDAYS", dedupeKey: "birthdays:2027-03-02" },
    });
    expect(next.userId).toBe(t.user.id);
    expect(
      (next.params as { people: { name: string; inDays: number }[] }).people
        .map((p) => [p.name.split(" ")[0], p.inDays])
        .sort(),
    ).toEqual([
      ["БезНапоминания", 0],
      ["ЧерезДва", 1],
    ]);
  });

  it("counts days to a birthday in SQL exactly as the domain rule does", async () => {
    const { unsafeDb, daysUntilBirthday } = await app();
    const day = fc
      .date({ min: new Date("1940-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const pairs = fc.sample(fc.tuple(day, day), 300).concat([
      ["1988-02-29", "2027-02-28"],
      ["1988-02-29", "2028-02-28"],
      ["1980-12-31", "2027-01-01"],
    ]);
    const rows = await unsafeDb().$queryRaw<{ days: number }[]>`
      SELECT crm_days_until_birthday(b::date, t::date) AS days
      FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) WITH ORDINALITY AS x(b, t, n) ORDER BY n`;
    expect(rows.map((r) => r.days)).toEqual(pairs.map(([b, t]) => daysUntilBirthday(b, t)));
  });
});
