import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { expectConsoleError } from "@tests/setup/fail-on-console-error";

// A real SMTP server on loopback; SMTP_URL must be set before the app's env is first read.
const received: ParsedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      received.push(mail);
      callback();
    }, callback);
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("sending e-mail through SMTP", () => {
  it("delivers the message and stores it as SENT with the message id", async () => {
    const { unsafeDb } = await import("@/server/db");
    const { sendEmail } = await import("@/server/email/send-email");
    const { createTenant } = await import("@tests/factories");
    const tenant = await createTenant(unsafeDb());
    const result = await sendEmail({ tenantId: tenant.id, to: "client@example.test", subject: "Коммерческое предложение", text: "Добрый день!" });
    expect(result.status).toBe("SENT");
    const mail = received.find((m) => m.subject === "Коммерческое предложение");
    expect(mail?.text?.trim()).toBe("Добрый день!");
    const stored = await unsafeDb().outgoingEmail.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: result.id } } });
    expect(stored).toMatchObject({ status: "SENT", messageId: mail?.messageId });
  });

  it("records a refused message as FAILED with the error, never as sent", async () => {
    const { unsafeDb } = await import("@/server/db");
    const { sendEmail } = await import("@/server/email/send-email");
    const { createTenant } = await import("@tests/factories");
    const tenant = await createTenant(unsafeDb());
    expectConsoleError();
    const result = await sendEmail({ tenantId: tenant.id, to: "not an address", subject: "x", text: "y" });
    expect(result.status).toBe("FAILED");
    const stored = await unsafeDb().outgoingEmail.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: result.id } } });
    expect(stored.status).toBe("FAILED");
    expect(stored.error).toBeTruthy();
  });
});
