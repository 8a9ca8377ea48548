import "server-only";
import { z } from "zod";
import { translate } from "@/i18n/translate";
import { db } from "@/server/db";
import { RateLimitedError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { deliverEmail, storeEmail } from "./send-email";
import { tenantMailRoute } from "./mail-transport";

export const sendTestEmailInput = z.object({});

// One test message per tenant and this long, in this web process: the test is not a way to scan mail servers.
const TEST_INTERVAL_MS = 20_000;
const lastTestAt = new Map<string, number>();

/** Sends a short message to the admin through the tenant's route, so a wrong setting shows at once. */
export async function sendTestEmail(ctx: TenantContext) {
  const now = Date.now();
  if (now - (lastTestAt.get(ctx.tenant.id) ?? 0) < TEST_INTERVAL_MS)
    throw new RateLimitedError("errors.mailTestTooSoon");
  lastTestAt.set(ctx.tenant.id, now);
  const route = await tenantMailRoute(ctx.tenant.id);
  const locale = ctx.user.locale === "en" ? "en" : "ru";
  const message = {
    tenantId: ctx.tenant.id,
    to: ctx.user.email,
    subject: translate(locale, "admin.mail.testSubject"),
    text: translate(locale, "admin.mail.testText", { tenant: ctx.tenant.name }),
  };
  const id = await db().$transaction((tx) => storeEmail(tx, message, route));
  const status = await deliverEmail(ctx.tenant.id, id, route);
  const stored = await db().outgoingEmail.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id } },
    select: { error: true },
  });
  return { status, error: stored.error };
}
