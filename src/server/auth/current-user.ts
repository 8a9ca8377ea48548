import "server-only";
import { cache } from "react";
import { currentClaims, loadUserSession } from "./session";

/** The signed-in, active user of this request and his memberships (read once per request), or null. */
export const currentSession = cache(async () => loadUserSession(await currentClaims()));

/** The signed-in, active user of this request, or null. */
export const currentUser = cache(async () => (await currentSession())?.user ?? null);
