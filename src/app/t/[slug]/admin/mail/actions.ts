"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { saveMailServer, saveMailServerInput } from "@/server/mail/save-mail-server";
import { removeMailServer, removeMailServerInput } from "@/server/mail/remove-mail-server";
import { sendTestEmail, sendTestEmailInput } from "@/server/mail/send-test-email";

export async function saveMailServerAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "saveMailServer", permission: "tenant.updateSettings", input: saveMailServerInput },
    form,
    saveMailServer,
  );
}

export async function removeMailServerAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "removeMailServer", permission: "tenant.updateSettings", input: removeMailServerInput },
    form,
    removeMailServer,
  );
}

export async function sendTestEmailAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "sendTestEmail", permission: "tenant.updateSettings", input: sendTestEmailInput },
    form,
    sendTestEmail,
  );
}
