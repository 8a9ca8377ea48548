import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { authenticate } from "@/server/auth/authenticate";
import { deleteStaleLoginThrottles, loginThrottleState, recordLoginFailure } from "@/server/auth/login-throttle";
import { signUp, signUpInput } from "@/server/tenants/sign-up";
import { parseInput } from "@/server/actions/parse-input";
import { ValidationError } from "@/server/errors";
import { createTenantWithUser, createUser, uniqueSuffix } from "@tests/factories";

function fieldErrorsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return {};
}

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await createUser(unsafeDb(), {
      email: `Right-${uniqueSuffix()}@Example.test`,
      password: "correct-horse-battery",
    });
    const claims = await authenticate(user.email.toUpperCase(), "correct-horse-battery", "127.0.0.1");
    expect(claims).toEqual({ userId: user.id, sessionVersion: 1, sessionId: expect.any(String) });
  });

  it("gives the same answer for an unknown e-mail, a wrong password and a deactivated account", async () => {
    const user = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    const inactive = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    await unsafeDb().user.update({ where: { id: inactive.id }, data: { active: false } });
    expect(await authenticate(`nobody-${uniqueSuffix()}@example.test`, "whatever-password", "127.0.0.2")).toBeNull();
    expect(await authenticate(user.email, "wrong-password", "127.0.0.2")).toBeNull();
    expect(await authenticate(inactive.email, "correct-horse-battery", "127.0.0.2")).toBeNull();
  });

  it("makes the address that failed five times wait, even with the right password, while the owner signs in from his own", async () => {
    const user = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    for (let i = 0; i < 5; i++) expect(await authenticate(user.email, `wrong-${i}`, "198.51.100.3")).toBeNull();
    expect(await authenticate(user.email, "correct-horse-battery", "198.51.100.3")).toBeNull();
    expect(await authenticate(user.email, "x".repeat(10 * 1024 * 1024), "198.51.100.4")).toBeNull();
    // The guesser's lock-out is not the owner's: from another address the right password works.
    expect(await authenticate(user.email, "correct-horse-battery", "198.51.100.4")).toMatchObject({ userId: user.id });
    const pair = await unsafeDb().loginThrottle.findUniqueOrThrow({
      where: { key: `pair:${user.email}|198.51.100.3` },
    });
    expect(pair.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 25_000);
  });

  it("slows an account down, never locks it, when it fails from many addresses; forgets counters that ran out", async () => {
    const user = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    for (let i = 0; i < 12; i++) await recordLoginFailure(user.email, `203.0.113.${i}`);
    expect(await loginThrottleState(user.email, "203.0.113.200")).toEqual({ waiting: false, slowdownMs: 500 });
    expect(await authenticate(user.email, "correct-horse-battery", "203.0.113.200")).toMatchObject({ userId: user.id });
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await loginThrottleState(user.email, "203.0.113.0", later)).toEqual({ waiting: false, slowdownMs: 0 });
    expect(await deleteStaleLoginThrottles(later)).toBeGreaterThanOrEqual(12);
    expect(await unsafeDb().loginThrottle.count({ where: { key: { contains: user.email } } })).toBe(0);
  });
});

describe("sign-up", () => {
  const valid = () => ({
    name: "Ирина",
    email: `owner-${uniqueSuffix()}@example.test`,
    password: "long-enough-password",
    companyName: "ООО Новая",
    slug: `new-${uniqueSuffix()}`,
    locale: "ru",
  });

  it("creates the company and makes the user its admin", async () => {
    const input = parseInput(signUpInput, valid());
    const { userId, slug } = await signUp(input);
    const membership = await unsafeDb().membership.findFirstOrThrow({ where: { userId, tenant: { slug } } });
    expect(membership.role).toBe("ADMIN");
    expect(
      await unsafeDb().auditEvent.count({ where: { tenantId: membership.tenantId, action: "tenant.created" } }),
    ).toBe(1);
  });

  it("refuses a taken e-mail or slug and keeps nothing", async () => {
    const { tenant, user } = await createTenantWithUser(unsafeDb());
    const tenantsBefore = await unsafeDb().tenant.count();
    await expect(signUp(parseInput(signUpInput, { ...valid(), email: user.email }))).rejects.toMatchObject({
      fieldErrors: { email: "validation.emailTaken" },
    });
    await expect(signUp(parseInput(signUpInput, { ...valid(), slug: tenant.slug }))).rejects.toMatchObject({
      fieldErrors: { slug: "validation.slugTaken" },
    });
    expect(await unsafeDb().tenant.count()).toBe(tenantsBefore);
  });

  it("refuses a short, commonly used or huge password, a malformed e-mail and a bad slug", () => {
    expect(fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), password: "short" }))).toEqual({
      password: "validation.passwordTooShort",
    });
    expect(
      fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), password: "x".repeat(10 * 1024 * 1024) })),
    ).toEqual({
      password: "validation.passwordTooLong",
    });
    for (const common of ["password", "12345678", "Qwerty123", "iloveyou", "zzzzzzzzzz"])
      expect(
        fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), password: common })),
        common,
      ).toEqual({
        password: "validation.passwordCommon",
      });
    expect(fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), email: "not-an-email" }))).toEqual({
      email: "validation.email",
    });
    expect(fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), slug: "-Bad slug-" }))).toEqual({
      slug: "validation.slugFormat",
    });
    expect(fieldErrorsOf(() => parseInput(signUpInput, { ...valid(), slug: "api" }))).toEqual({
      slug: "validation.slugReserved",
    });
  });
});

describe("sessions (security finding 5)", () => {
  it("a signed-out browser's cookie opens nothing; the user's other browsers stay signed in", async () => {
    const { loadUserSession } = await import("@/server/auth/session-user");
    const { revokeSession } = await import("@/server/auth/revoke-sessions");
    const user = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    const desk = await authenticate(user.email, "correct-horse-battery", "198.51.100.20");
    const phone = await authenticate(user.email, "correct-horse-battery", "198.51.100.21");
    expect(desk?.sessionId).toBeTruthy();
    expect(desk?.sessionId).not.toBe(phone?.sessionId);
    await revokeSession(desk!.sessionId!);
    expect(await loadUserSession(desk)).toBeNull();
    expect((await loadUserSession(phone))?.user.id).toBe(user.id);
    // A session id of another user opens nothing either.
    const other = await createUser(unsafeDb());
    expect(
      await loadUserSession({ userId: other.id, sessionVersion: other.sessionVersion, sessionId: phone!.sessionId }),
    ).toBeNull();
  });

  it("signing out everywhere ends every session of the user", async () => {
    const { loadUserSession } = await import("@/server/auth/session-user");
    const { revokeAllSessions } = await import("@/server/auth/revoke-sessions");
    const user = await createUser(unsafeDb(), { password: "correct-horse-battery" });
    const sessions = [
      await authenticate(user.email, "correct-horse-battery", "198.51.100.22"),
      await authenticate(user.email, "correct-horse-battery", "198.51.100.23"),
    ];
    await revokeAllSessions(user.id);
    for (const claims of sessions) expect(await loadUserSession(claims)).toBeNull();
    expect(await unsafeDb().authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("forgets sessions signed out a day ago or past the cookie's lifetime, and keeps the live ones", async () => {
    const { deleteEndedSessions } = await import("@/server/auth/revoke-sessions");
    const user = await createUser(unsafeDb());
    const day = 24 * 3600_000;
    const [live, signedOut, expired] = await Promise.all([
      unsafeDb().authSession.create({ data: { userId: user.id } }),
      unsafeDb().authSession.create({ data: { userId: user.id, revokedAt: new Date(Date.now() - 2 * day) } }),
      unsafeDb().authSession.create({ data: { userId: user.id, createdAt: new Date(Date.now() - 31 * day) } }),
    ]);
    expect(await deleteEndedSessions()).toBeGreaterThanOrEqual(2);
    const left = await unsafeDb().authSession.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((s) => s.id)).toEqual([live.id]);
    expect([signedOut.id, expired.id].some((id) => left.some((s) => s.id === id))).toBe(false);
  });
});
