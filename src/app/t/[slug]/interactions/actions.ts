"use server";

import { runTenantAction } from "@/server/actions/server-action";
import { createInteraction, createInteractionInput } from "@/server/interactions/create-interaction";
import { updateInteraction, updateInteractionInput } from "@/server/interactions/update-interaction";
import { completeInteraction, completeInteractionInput } from "@/server/interactions/complete-interaction";
import { rescheduleInteraction, rescheduleInteractionInput } from "@/server/interactions/reschedule-interaction";
import { cancelInteraction, cancelInteractionInput } from "@/server/interactions/cancel-interaction";

export async function createInteractionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "createInteraction", permission: "interaction.write", input: createInteractionInput },
    form,
    createInteraction,
  );
}

export async function updateInteractionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "updateInteraction", permission: "interaction.write", input: updateInteractionInput },
    form,
    updateInteraction,
  );
}

export async function completeInteractionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "completeInteraction", permission: "interaction.write", input: completeInteractionInput },
    form,
    completeInteraction,
  );
}

export async function rescheduleInteractionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "rescheduleInteraction", permission: "interaction.write", input: rescheduleInteractionInput },
    form,
    rescheduleInteraction,
  );
}

export async function cancelInteractionAction(slug: string, form: FormData) {
  return runTenantAction(
    slug,
    { name: "cancelInteraction", permission: "interaction.write", input: cancelInteractionInput },
    form,
    cancelInteraction,
  );
}
