import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSilentServer, startSmtpServer, withDeploymentSmtpServer } from "@tests/smtp-server";
import { expectConsoleError } from "@tests/setup/fail-on-console-error";

const smtp = withDeploymentSmtpServer({ beforeAll, afterAll });

const app = async () => ({
  ...(await import("@/server/db")),
  ...(await import("@/server/actions/tenant-action")),
  ...(await import("@/server/client-emails/send-client-email")),
  ...(await import("@/server/mail/save-mail-server")),
  ...(await import("@/server/counterparties/counterparty-timeline")),
  ...(await import("./interaction-fixture")),
  ...(await import("./order-fixture")),
  ...(await import("@tests/factories")),
});

async function setup(role: "ADMIN" | "MANAGER" = "MANAGER") {
  const a = await app();
  const t = await a.interactionSetup(role);
  const send = (input: Record<string, unknown>, claims = t.claims) =>
    a.executeTenantAction(
      claims,
      t.tenant.slug,
      { name: "sendClientEmail", permission: "email.send", input: a.sendClientEmailInput },
      input,
      a.sendClientEmail,
    );
  const form = (extra: Record<string, unknown> = {}) => ({
    counterpartyId: t.customer.id,
    contactPersonId: t.person.id,
    to: "anna@client.example",
    subject: `Коммерческое предложение ${a.uniqueSuffix()}`,
    body: "Добрый день! Высылаем предложение.",
    ...extra,
  });
  const emails = () => a.unsafeDb().outgoingEmail.findMany({ where: { tenantId: t.tenant.id } });
  return { ...a, t, send, form, emails };
}

describe("e-mail to a client (SPEC §4.3)", () => {
  it("delivers the message, stores it as SENT and records an EMAIL interaction on the card's timeline", async () => {
    const { t, send, form, ok, unsafeDb, counterpartyTimeline } = await setup();
    const input = form({ cc: "boss@client.example; deputy@client.example" });
    const { interactionId, status } = await ok(send(input));
    expect(status).toBe("SENT");
    const mail = smtp.received.find((m) => m.subject === input.subject)!;
    expect(mail.text?.trim()).toBe("Добрый день! Высылаем предложение.");
    expect(JSON.stringify(mail.cc)).toContain("deputy@client.example");
    const interaction = await unsafeDb().interaction.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: t.tenant.id, id: interactionId } },
      include: { email: true },
    });
    expect(interaction).toMatchObject({
      type: "EMAIL",
      direction: "OUTGOING",
      status: "DONE",
      subject: input.subject,
      contactPersonId: t.person.id,
      responsibleUserId: t.user.id,
    });
    expect(interaction.email).toMatchObject({
      to: "anna@client.example",
      cc: "boss@client.example, deputy@client.example",
      status: "SENT",
      messageId: mail.messageId,
    });
    const { entries } = await counterpartyTimeline(t.tenant.id, t.customer.id, 1);
    expect(entries[0]).toMatchObject({ kind: "interaction", id: interactionId, action: "EMAIL", emailStatus: "SENT" });
  });

  it("refuses invalid addresses next to the field and stores nothing", async () => {
    const { send, form, emails, unsafeDb, t } = await setup();
    expect(await send(form({ to: "anna@client.example, не адрес" }))).toMatchObject({
      ok: false,
      fieldErrors: { to: "Укажите адреса электронной почты через запятую" },
    });
    expect(await send(form({ cc: "x@" }))).toMatchObject({ ok: false, fieldErrors: { cc: expect.any(String) } });
    expect(await send(form({ to: "" }))).toMatchObject({ ok: false, fieldErrors: { to: "Обязательное поле" } });
    expect(await emails()).toEqual([]);
    expect(await unsafeDb().interaction.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("sends once on a double submit", async () => {
    const { send, form, ok, emails } = await setup();
    const input = form({ idempotencyKey: "email-key-0001" });
    const [a, b] = await Promise.all([ok(send(input)), ok(send(input))]);
    expect(a.interactionId).toBe(b.interactionId);
    expect(await emails()).toHaveLength(1);
    expect(smtp.received.filter((m) => m.subject === input.subject)).toHaveLength(1);
  });

  it("completes the planned e-mail contact it is written from", async () => {
    const { t, send, form, ok } = await setup();
    const planned = await ok(t.run("create", t.form({ type: "EMAIL", remindAt: "2026-12-01T09:00" })));
    const { interactionId } = await ok(send(form({ interactionId: planned.id })));
    expect(interactionId).toBe(planned.id);
    expect(await t.load(planned.id!)).toMatchObject({
      status: "DONE",
      reminderDueAt: null,
      emailId: expect.any(String),
    });
  });

  it("goes through the tenant's own SMTP server, whose password is stored sealed", async () => {
    const { t, send, form, ok, unsafeDb, executeTenantAction, saveMailServer, saveMailServerInput } =
      await setup("ADMIN");
    const own = await startSmtpServer();
    try {
      const save = (input: Record<string, unknown>) =>
        executeTenantAction(
          t.claims,
          t.tenant.slug,
          { name: "saveMailServer", permission: "tenant.updateSettings", input: saveMailServerInput },
          input,
          saveMailServer,
        );
      expect(
        await save({ host: "127.0.0.1", port: own.port, security: "NONE", fromAddress: "не адрес" }),
      ).toMatchObject({ ok: false, fieldErrors: { fromAddress: expect.any(String) } });
      await ok(
        save({
          host: "127.0.0.1",
          port: own.port,
          security: "NONE",
          username: "crm",
          password: "s3cret-pass",
          fromAddress: "sales@tenant.example",
        }),
      );
      const stored = await unsafeDb().tenantMailServer.findUniqueOrThrow({ where: { tenantId: t.tenant.id } });
      expect(stored.passwordEncrypted).toBeTruthy();
      expect(stored.passwordEncrypted).not.toContain("s3cret-pass");
      // Without a username the server is asked for no login (smtp-server here accepts either way).
      await ok(save({ host: "127.0.0.1", port: own.port, security: "NONE", fromAddress: "sales@tenant.example" }));
      const input = form();
      expect((await ok(send(input))).status).toBe("SENT");
      expect(own.received.find((m) => m.subject === input.subject)?.from?.text).toBe("sales@tenant.example");
      expect(smtp.received.some((m) => m.subject === input.subject)).toBe(false);
    } finally {
      await own.close();
    }
  });

  it("shows a refused send as failed, never as sent, and keeps the message and its interaction", async () => {
    const { t, send, form, ok, unsafeDb } = await setup();
    const refusing = await startSmtpServer({ refuse: true });
    try {
      await unsafeDb().tenantMailServer.create({
        data: {
          tenantId: t.tenant.id,
          host: "127.0.0.1",
          port: refusing.port,
          security: "NONE",
          fromAddress: "sales@tenant.example",
        },
      });
      expectConsoleError();
      const { interactionId, status } = await ok(send(form()));
      expect(status).toBe("FAILED");
      const interaction = await unsafeDb().interaction.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: t.tenant.id, id: interactionId } },
        include: { email: true },
      });
      expect(interaction.email).toMatchObject({ status: "FAILED", messageId: null });
      expect(interaction.email?.error).toMatch(/550|Mailbox/);
    } finally {
      await refusing.close();
    }
  });

  it("gives up on a server that never answers within the timeouts and marks the message failed", async () => {
    const { t, send, form, ok, unsafeDb } = await setup();
    const silent = await startSilentServer();
    try {
      await unsafeDb().tenantMailServer.create({
        data: {
          tenantId: t.tenant.id,
          host: "127.0.0.1",
          port: silent.port,
          security: "NONE",
          fromAddress: "sales@tenant.example",
        },
      });
      expectConsoleError();
      const { status } = await ok(send(form()));
      expect(status).toBe("FAILED");
    } finally {
      await silent.close();
    }
  }, 40_000);

  it("two tenants: another tenant's counterparty, person or planned contact is refused and nothing is sent", async () => {
    const a = await setup();
    const b = await setup();
    const planned = await a.ok(b.t.run("create", b.t.form({ type: "EMAIL" })));
    expect(await a.send(a.form({ counterpartyId: b.t.customer.id, contactPersonId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { counterpartyId: expect.any(String) },
    });
    expect(await a.send(a.form({ contactPersonId: b.t.person.id }))).toMatchObject({
      ok: false,
      fieldErrors: { contactPersonId: expect.any(String) },
    });
    expect(await a.send(a.form({ interactionId: planned.id }))).toMatchObject({
      ok: false,
      fieldErrors: { interactionId: expect.any(String) },
    });
    expect(await a.emails()).toEqual([]);
    expect(await b.t.load(planned.id!)).toMatchObject({ status: "PLANNED", emailId: null });
  });
});
