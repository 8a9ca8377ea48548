import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, signUpCompany, unique } from "./helpers";

test("another tenant's URL answers 404 and shows none of its data", async ({ page }) => {
  const slug = unique("other");
  await signUpCompany(page, {
    company: "ООО Другая",
    slug,
    name: "Чужой Админ",
    email: `${slug}@example.test`,
    password: "a-strong-password",
  });
  for (const path of ["/t/demo", "/t/demo/counterparties", "/t/demo/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Не найдено" })).toBeVisible();
    await expect(page.getByText("Ромашка")).toHaveCount(0);
  }
  // A tenant that does not exist looks the same as one that does.
  expect((await page.goto("/t/no-such-company"))?.status()).toBe(404);
});

test("a manager gets 404 for admin pages, and the demo logins work", async ({ page, context }) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/counterparties");
  await expect(page.getByRole("heading", { name: "Контрагенты" })).toBeVisible();
  await expect(page.getByText("ООО «Ромашка»")).toBeVisible();
  expect((await page.goto("/t/demo/admin/settings"))?.status()).toBe(404);
  expect((await page.goto("/t/demo/admin/users"))?.status()).toBe(404);
});

test("signed out, a tenant page sends to sign-in and back", async ({ page }) => {
  await page.goto("/t/demo/counterparties");
  await page.waitForURL("**/sign-in?callbackUrl=**");
  await page.getByLabel("E-mail").fill("director@demo.test");
  await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL("**/t/demo");
  await expect(page.getByText("ваша роль: Руководитель")).toBeVisible();
});

test("tenant routes go through the wrapper: no session, a lower role, bad query, another tenant", async ({
  browser,
}) => {
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.get("/t/demo/counterparties/export");
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  await anonymous.close();

  const manager = await browser.newContext();
  await signInByApi(manager, "manager1@demo.test", DEMO_PASSWORD);
  const found = await manager.request.get(`/t/demo/counterparties/lookup?q=${encodeURIComponent("Ромашка")}`);
  expect(found.status()).toBe(200);
  expect(JSON.stringify(await found.json())).toContain("Ромашка");
  const noQuery = await manager.request.get("/t/demo/counterparties/lookup");
  expect(noQuery.status()).toBe(400);
  expect(await noQuery.json()).toMatchObject({ code: "VALIDATION", fieldErrors: { q: expect.any(String) } });
  // A download link opened in the browser gets the message as text, not JSON.
  const report = await manager.request.get("/t/demo/analytics/reports/sources/export", {
    headers: { accept: "text/html" },
  });
  expect(report.status()).toBe(403);
  expect(await report.text()).toBe("У вас нет прав на это действие.");
  await manager.close();

  const director = await browser.newContext();
  await signInByApi(director, "director@demo.test", DEMO_PASSWORD);
  const csv = await director.request.get(`/t/demo/counterparties/export?q=${encodeURIComponent("Ромашка")}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").split(/\r?\n/);
  expect(lines[0]).toMatch(/^Наименование;/);
  expect(lines.slice(1).join("\n")).toContain("Ромашка");
  expect((await director.request.get("/t/no-such-company/counterparties/export")).status()).toBe(404);
  await director.close();
});

test("crawlers are kept out of tenant pages, and the site has an icon", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect((await robots.text()).split("\n")).toEqual(expect.arrayContaining(["Disallow: /t/", "Disallow: /invite/"]));
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("after signing in, a callback to another site lands on the app instead", async ({ page, baseURL }) => {
  for (const callback of ["/%5Cevil.example", "/%09/evil.example", "https://evil.example/t/demo"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${callback}`);
    await page.getByLabel("E-mail").fill("director@demo.test");
    await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/t/demo") || url.pathname === "/select-tenant");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test("a route that changes something refuses a request sent from another site", async ({ browser, baseURL }) => {
  const admin = await browser.newContext();
  await signInByApi(admin, "admin@demo.test", DEMO_PASSWORD);
  const upload = (origin: string) =>
    admin.request.post("/t/demo/imports/upload?target=products", {
      headers: { origin },
      multipart: {
        file: { name: "p.csv", mimeType: "text/csv", buffer: Buffer.from("Артикул;Наименование\nX-1;Бумага\n") },
      },
    });
  const forged = await upload("https://evil.example");
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
  const own = await upload(new URL(baseURL!).origin);
  expect(own.status()).toBe(200);
  expect(await own.json()).toMatchObject({ ok: true, data: { id: expect.any(String) } });
  await admin.close();
});

test("pages carry a nonce-based Content Security Policy, refuse framing, and invitation links send no referrer", async ({
  page,
  request,
}) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Next's own scripts carry this response's nonce, so the page runs (the fixture fails on any violation).
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  await page.getByLabel("E-mail").fill("typed-before-hydration@example.test");
  expect((await request.get("/invite/not-a-real-token")).headers()["referrer-policy"]).toBe("no-referrer");
});

test("after signing out, the old session cookie opens nothing", async ({ browser }) => {
  const director = await browser.newContext();
  await signInByApi(director, "director@demo.test", DEMO_PASSWORD);
  const cookies = await director.cookies();
  const page = await director.newPage();
  await page.goto("/t/demo");
  await page.getByText("Дмитрий Руководитель").first().click();
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await page.waitForURL("**/sign-in**");
  await director.close();

  // Someone who kept a copy of the cookie.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto("/t/demo/analytics/rating");
  await again.waitForURL("**/sign-in?callbackUrl=**");
  await replay.close();
});
