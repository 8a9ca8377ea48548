"use server";

import { parseInput } from "@/server/actions/parse-input";
import { publicAction } from "@/server/actions/public-action";
import { signUp, signUpInput } from "@/server/tenants/sign-up";

export async function signUpAction(form: FormData) {
  return publicAction("signUp", async () => signUp(parseInput(signUpInput, form)));
}
