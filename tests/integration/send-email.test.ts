import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectConsoleError } from "@tests/setup/fail-on-console-error";
import { withDeploymentSmtpServer } from "@tests/smtp-server";

const smtp = withDeploymentSmtpServer({ beforeAll, afterAll });

describe("sending e-mail through SMTP", () => {
  it("delivers the message and stores it as SENT with the message id", async () => {
    const { unsafeDb } = await import("@/server/db");
    const { sendEmail } = await import("@/server/mail/send-email");
    const { createTenant } = await import("@tests/factories");
    const tenant = await createTenant(unsafeDb());
    const result = await sendEmail({
      tenantId: tenant.id,
      to: "client@example.test",
      subject: "Коммерческое предложение",
      text: "Добрый день!",
    });
    expect(result.status).toBe("SENT");
    const mail = smtp.received.find((m) => m.subject === "Коммерческое предложение");
    expect(mail?.text?.trim()).toBe("Добрый день!");
    const stored = await unsafeDb().outgoingEmail.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: result.id } },
    });
    expect(stored).toMatchObject({ status: "SENT", messageId: mail?.messageId });
  });

  it("records a refused message as FAILED with the error, never as sent", async () => {
    const { unsafeDb } = await import("@/server/db");
    const { sendEmail } = await import("@/server/mail/send-email");
    const { createTenant } = await import("@tests/factories");
    const tenant = await createTenant(unsafeDb());
    expectConsoleError();
    const result = await sendEmail({ tenantId: tenant.id, to: "not an address", subject: "x", text: "y" });
    expect(result.status).toBe("FAILED");
    const stored = await unsafeDb().outgoingEmail.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: tenant.id, id: result.id } },
    });
    expect(stored.status).toBe("FAILED");
    expect(stored.error).toBeTruthy();
  });
});
