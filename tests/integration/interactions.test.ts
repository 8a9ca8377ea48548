import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { counterpartyTimeline } from "@/server/counterparties/counterparty-timeline";
import { addMember, createUser } from "@tests/factories";
import { ok } from "./order-fixture";
import { interactionSetup } from "./interaction-fixture";

describe("interactions (SPEC §4.1)", () => {
  it("plans a contact at a time read in the tenant's zone, with a reminder that is due until sent", async () => {
    const t = await interactionSetup();
    const { id } = await ok(t.run("create", t.form({ importance: "HIGH", remindAt: "2026-12-01T09:30" })));
    const saved = await t.load(id!);
    // The tenant is in Moscow (UTC+3).
    expect(saved).toMatchObject({
      status: "PLANNED",
      importance: "HIGH",
      responsibleUserId: t.user.id,
      contactPersonId: t.person.id,
    });
    expect(saved.plannedAt?.toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(saved.reminderDueAt?.toISOString()).toBe("2026-12-01T06:30:00.000Z");
  });

  it("logs a contact that took place, with its result and time spent", async () => {
    const t = await interactionSetup();
    const { id } = await ok(
      t.run(
        "create",
        t.form({
          done: "on",
          at: "2026-11-20T15:00",
          content: "Договорились о встрече",
          durationMinutes: "15",
          remindAt: "2026-11-20T14:00",
        }),
      ),
    );
    expect(await t.load(id!)).toMatchObject({
      status: "DONE",
      plannedAt: null,
      durationMinutes: 15,
      content: "Договорились о встрече",
      remindAt: null,
      reminderDueAt: null,
    });
  });

  it("refuses a reminder after the planned time, a malformed time and an outgoing contact with a source, next to the field", async () => {
    const t = await interactionSetup();
    const late = await t.run("create", t.form({ remindAt: "2026-12-01T11:00" }));
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: { remindAt: "Напоминание должно быть раньше запланированного времени" },
    });
    const bad = await t.run("create", t.form({ at: "завтра" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { at: "Укажите дату и время" } });
    const source = await unsafeDb().informationSource.create({ data: { tenantId: t.tenant.id, name: "Выставка" } });
    expect(await t.run("create", t.form({ sourceId: source.id }))).toMatchObject({
      ok: false,
      fieldErrors: { sourceId: expect.any(String) },
    });
    expect(await unsafeDb().interaction.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("allows a planned time in the past: the contact is simply overdue", async () => {
    const t = await interactionSetup();
    const { id } = await ok(t.run("create", t.form({ at: "2020-01-01T10:00" })));
    expect((await t.load(id!)).status).toBe("PLANNED");
  });

  it("creates one interaction from a double submit", async () => {
    const t = await interactionSetup();
    const form = t.form({ idempotencyKey: "interaction-key-1" });
    const [a, b] = await Promise.all([ok(t.run("create", form)), ok(t.run("create", form))]);
    expect(a.id).toBe(b.id);
    expect(await unsafeDb().interaction.count({ where: { tenantId: t.tenant.id } })).toBe(1);
  });

  it("marks done, reschedules with the reminder moving along, cancels, and refuses a stale version", async () => {
    const t = await interactionSetup();
    const { id } = await ok(t.run("create", t.form({ remindAt: "2026-12-01T09:00" })));
    await ok(t.run("reschedule", { id, version: 1, plannedAt: "2026-12-03T14:00" }));
    const moved = await t.load(id!);
    expect(moved.plannedAt?.toISOString()).toBe("2026-12-03T11:00:00.000Z");
    expect(moved.reminderDueAt?.toISOString()).toBe("2026-12-03T10:00:00.000Z");

    expect(await t.run("complete", { id, version: 1, content: "x" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("изменил"),
    });
    await ok(t.run("complete", { id, version: 2, content: "Клиент согласен", durationMinutes: "20" }));
    expect(await t.load(id!)).toMatchObject({
      status: "DONE",
      content: "Клиент согласен",
      durationMinutes: 20,
      reminderDueAt: null,
      version: 3,
    });
    expect(await t.run("cancel", { id, version: 3 })).toMatchObject({ ok: false });

    const other = await ok(t.run("create", t.form({ remindAt: "2026-12-01T09:00" })));
    await ok(t.run("cancel", { id: other.id, version: 1 }));
    expect(await t.load(other.id!)).toMatchObject({ status: "CANCELLED", reminderDueAt: null });
  });

  it("lets a manager change only the contacts he is responsible for", async () => {
    const t = await interactionSetup("MANAGER");
    const colleague = await createUser(unsafeDb());
    await addMember(unsafeDb(), t.tenant.id, colleague.id, "MANAGER");
    const { id } = await ok(t.run("create", t.form()));
    const result = await t.run(
      "complete",
      { id, version: 1 },
      { userId: colleague.id, sessionVersion: colleague.sessionVersion },
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("прав") });
    expect((await t.load(id!)).status).toBe("PLANNED");
  });

  it("shows on the card's timeline with its subject and state", async () => {
    const t = await interactionSetup();
    const { id } = await ok(
      t.run("create", t.form({ done: "on", at: "2026-11-20T15:00", subject: "Звонок по счёту" })),
    );
    const { entries } = await counterpartyTimeline(t.tenant.id, t.customer.id, 1);
    expect(entries.find((e) => e.kind === "interaction")).toMatchObject({
      id,
      subject: "Звонок по счёту",
      action: "CALL",
      status: "DONE",
    });
  });

  it("two tenants: another tenant's ids are not found and its interaction is unchanged", async () => {
    const a = await interactionSetup();
    const b = await interactionSetup();
    const { id } = await ok(b.run("create", b.form({ remindAt: "2026-12-01T09:00" })));
    const before = await b.load(id!);
    for (const [kind, input] of [
      ["complete", { id, version: 1 }],
      ["reschedule", { id, version: 1, plannedAt: "2026-12-05T10:00" }],
      ["cancel", { id, version: 1 }],
      ["update", { ...a.form(), id, version: 1 }],
    ] as const) {
      expect(await a.run(kind, input)).toMatchObject({ ok: false, message: "Не найдено" });
    }
    expect(await a.run("create", a.form({ counterpartyId: b.customer.id, contactPersonId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { counterpartyId: expect.any(String) },
    });
    expect(await a.run("create", a.form({ contactPersonId: b.person.id }))).toMatchObject({
      ok: false,
      fieldErrors: { contactPersonId: expect.any(String) },
    });
    expect(await b.load(id!)).toEqual(before);
    expect(await unsafeDb().interaction.count({ where: { tenantId: a.tenant.id } })).toBe(0);
  });
});
