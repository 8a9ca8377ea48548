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
