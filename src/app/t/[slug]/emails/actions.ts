"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { sendClientEmail, sendClientEmailInput } from "@/server/client-emails/send-client-email";

export async function sendClientEmailAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "sendClientEmail", permission: "email.send", input: sendClientEmailInput },
    form,
    sendClientEmail,
  );
}
