import "server-only";
import { cache } from "react";
import { currentClaims, loadSessionUser } from "./session";

/** The signed-in, active user of this request (read once per request), or null. */
export const currentUser = cache(async () => loadSessionUser(await currentClaims()));
