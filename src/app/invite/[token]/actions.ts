"use server";

import { parseInput } from "@/server/actions/parse-input";
import { publicAction } from "@/server/actions/public-action";
import { currentUser } from "@/server/auth/current-user";
import { acceptInvitation, acceptInvitationInput } from "@/server/members/accept-invitation";

export async function acceptInvitationAction(form: FormData) {
  return publicAction("acceptInvitation", async () => {
    const input = parseInput(acceptInvitationInput, form);
    return acceptInvitation(input, (await currentUser())?.id ?? null);
  });
}
