import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { saveMailServer, saveMailServerInput } from "@/server/mail/save-mail-server";
import { sendTestEmail, sendTestEmailInput } from "@/server/mail/send-test-email";
import { createTenantWithUser } from "@tests/factories";
import { startSmtpServer } from "@tests/smtp-server";
import { expectConsoleError } from "@tests/setup/fail-on-console-error";

const saveDef = { name: "saveMailServer", permission: "tenant.updateSettings", input: saveMailServerInput } as const;
const testDef = { name: "sendTestEmail", permission: "tenant.updateSettings", input: sendTestEmailInput } as const;
const server = (host: string, port = 587) => ({ host, port, security: "NONE", fromAddress: "crm@example.test" });

describe("a tenant's mail server may not reach inside the deployment (security finding 4)", () => {
  beforeEach(() => {
    delete process.env.TENANT_SMTP_ALLOW_INTERNAL;
  });
  afterEach(() => {
    process.env.TENANT_SMTP_ALLOW_INTERNAL = "1";
  });

  it.each([
    ["this machine", "127.0.0.1"],
    ["this machine by name", "localhost"],
    ["the cloud metadata address", "169.254.169.254"],
    ["a private network", "10.1.2.3"],
    ["carrier-grade NAT", "100.64.0.1"],
    ["IPv6 loopback", "::1"],
  ])("refuses %s", async (_what, host) => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    const saved = await executeTenantAction(t.claims, t.tenant.slug, saveDef, server(host), saveMailServer);
    expect(saved).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { host: expect.any(String) } });
    expect(await unsafeDb().tenantMailServer.count({ where: { tenantId: t.tenant.id } })).toBe(0);
  });

  it("refuses ports that are not for mail", async () => {
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    expect(
      await executeTenantAction(t.claims, t.tenant.slug, saveDef, server("192.0.2.10", 6379), saveMailServer),
    ).toMatchObject({ ok: false, fieldErrors: { port: expect.any(String) } });
  });

  it("checks again at send time: a server that now points inside is not connected to", async () => {
    const smtp = await startSmtpServer();
    try {
      const t = await createTenantWithUser(unsafeDb(), "ADMIN");
      // Saved while allowed (as a rebinding name would pass the first check), then the check applies again.
      process.env.TENANT_SMTP_ALLOW_INTERNAL = "1";
      const port = Number(new URL(smtp.url).port);
      expect(
        await executeTenantAction(t.claims, t.tenant.slug, saveDef, server("127.0.0.1", port), saveMailServer),
      ).toMatchObject({ ok: true });
      delete process.env.TENANT_SMTP_ALLOW_INTERNAL;
      const sent = await executeTenantAction(t.claims, t.tenant.slug, testDef, {}, sendTestEmail);
      expect(sent).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it("answers one test message per 20 seconds, and says a connection failed without saying how", async () => {
    process.env.TENANT_SMTP_ALLOW_INTERNAL = "1";
    const logged = expectConsoleError();
    const t = await createTenantWithUser(unsafeDb(), "ADMIN");
    // A closed port on this machine: the answer must not tell it from a filtered one.
    await executeTenantAction(t.claims, t.tenant.slug, saveDef, server("127.0.0.1", 9), saveMailServer);
    const first = await executeTenantAction(t.claims, t.tenant.slug, testDef, {}, sendTestEmail);
    expect(first).toMatchObject({
      ok: true,
      data: { status: "FAILED", error: "Could not connect to the mail server" },
    });
    expect(await executeTenantAction(t.claims, t.tenant.slug, testDef, {}, sendTestEmail)).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    // The log keeps what happened.
    expect(String(logged.calls()[0]?.[0])).toContain("ECONNREFUSED");
  });
});
