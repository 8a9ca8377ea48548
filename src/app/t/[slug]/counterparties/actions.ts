"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { createCounterparty, createCounterpartyInput } from "@/server/counterparties/create-counterparty";

export async function createCounterpartyAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createCounterparty", permission: "counterparty.create", input: createCounterpartyInput },
    form,
    createCounterparty,
  );
}
