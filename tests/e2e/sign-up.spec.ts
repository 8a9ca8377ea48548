import { expect, test } from "./fixtures";
import { signUpCompany, unique } from "./helpers";

test("a new company signs up, signs out, signs in again and lands on its home page", async ({ page }) => {
  const slug = unique("acme");
  const email = `${slug}@example.test`;
  await signUpCompany(page, {
    company: "ООО Акме",
    slug,
    name: "Ольга Основатель",
    email,
    password: "a-strong-password",
  });
  await expect(page.getByRole("heading", { name: "Здравствуйте, Ольга Основатель" })).toBeVisible();
  await expect(page.getByText("ваша роль: Администратор")).toBeVisible();

  await page.getByText("Ольга Основатель").first().click();
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await page.waitForURL("**/sign-in**");

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Пароль").fill("wrong-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Неверный e-mail или пароль")).toBeVisible();

  await page.getByLabel("Пароль").fill("a-strong-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL(`**/t/${slug}`);
  await expect(page.getByTestId("tenant-name")).toHaveText("ООО Акме");
});

test("sign-up shows field errors next to the fields and creates nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Название компании").fill("Демо");
  await page.getByLabel("Адрес в приложении").fill("demo");
  await page.getByLabel("Ваше имя").fill("Тест");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Пароль").fill("short");
  await page.getByRole("button", { name: "Создать компанию" }).click();
  await expect(page.getByText("Введите корректный адрес e-mail")).toBeVisible();
  await expect(page.getByText("Пароль должен быть не короче 8 символов")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  await page.getByLabel("Пароль").fill("Password1");
  await page.getByRole("button", { name: "Создать компанию" }).click();
  await expect(
    page.getByText("Этот пароль есть в списках самых частых и утёкших паролей", { exact: false }),
  ).toBeVisible();
});

test("the language switch changes the interface to English and back", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Вход" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("button", { name: "Войти" })).toBeVisible();
});
