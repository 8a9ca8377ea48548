import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/current-user";

export default async function Root() {
  redirect((await currentUser()) ? "/select-tenant" : "/sign-in");
}
