import { expect, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const DEMO_PASSWORD = "demo-password";

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Signs in through next-auth's credentials endpoint, without the form: for tests where sign-in is not the subject. */
export async function signInByApi(context: BrowserContext, email: string, password: string): Promise<void> {
  const csrf = await (await context.request.get("/api/auth/csrf")).json();
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
}

/** Registers a new company through the sign-up page and waits for its home page. */
export async function signUpCompany(
  page: Page,
  data: { company: string; slug: string; name: string; email: string; password: string },
) {
  await page.goto("/sign-up");
  await page.getByLabel("Название компании").fill(data.company);
  await page.getByLabel("Адрес в приложении").fill(data.slug);
  await page.getByLabel("Ваше имя").fill(data.name);
  await page.getByLabel("E-mail").fill(data.email);
  await page.getByLabel("Пароль").fill(data.password);
  await page.getByRole("button", { name: "Создать компанию" }).click();
  await page.waitForURL(`**/t/${data.slug}`);
}
