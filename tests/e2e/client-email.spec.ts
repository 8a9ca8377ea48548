import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";
import { startSmtpServer } from "../smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
});
test.afterAll(() => smtp.close());

test("the admin sets the company's mail server; the manager writes to a contact person and finds the e-mail on the card", async ({
  browser,
}) => {
  const admin = await browser.newContext();
  await signInByApi(admin, "admin@demo.test", DEMO_PASSWORD);
  const adminPage = await admin.newPage();
  await adminPage.goto("/t/demo/admin/mail");
  await adminPage.getByLabel("SMTP-сервер").fill("127.0.0.1");
  await adminPage.getByLabel("Порт").fill(String(smtp.port));
  await adminPage.getByLabel("Шифрование").selectOption("NONE");
  await adminPage.getByLabel("Адрес отправителя").fill("не адрес");
  await adminPage.getByRole("button", { name: "Сохранить" }).click();
  await expect(adminPage.getByText("Введите корректный адрес e-mail")).toBeVisible();
  await adminPage.getByLabel("Адрес отправителя").fill("sales@torgovyi-dom.example");
  await adminPage.getByRole("button", { name: "Сохранить" }).click();
  await expect(adminPage.getByRole("status")).toHaveText("Сохранено");
  await admin.close();

  const manager = await browser.newContext();
  await signInByApi(manager, "manager1@demo.test", DEMO_PASSWORD);
  const page = await manager.newPage();
  await page.goto("/t/demo/counterparties?q=Ромашка");
  await page.getByRole("link", { name: "ООО «Ромашка»" }).first().click();
  await page.getByTestId("write-email").first().click();
  await expect(page.getByLabel("Кому")).toHaveValue("o.smirnova@romashka.example");

  const subject = unique("Коммерческое предложение");
  await page.getByLabel("Кому").fill("o.smirnova@romashka.example, не адрес");
  await page.getByLabel("Тема").fill(subject);
  await page.getByLabel("Текст письма").fill("Ольга, добрый день! Высылаем предложение по бумаге.");
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByText("Укажите адреса электронной почты через запятую")).toBeVisible();
  await page.getByLabel("Кому").fill("o.smirnova@romashka.example");
  await page.getByRole("button", { name: "Отправить" }).click();

  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(page.getByText("Отправлено", { exact: true })).toBeVisible();
  await expect
    .poll(() => smtp.received.find((m) => m.subject === subject)?.text?.trim())
    .toBe("Ольга, добрый день! Высылаем предложение по бумаге.");
  expect(smtp.received.find((m) => m.subject === subject)?.from?.text).toBe("sales@torgovyi-dom.example");

  await page.getByRole("link", { name: "ООО «Ромашка»" }).first().click();
  const entry = page.getByTestId("timeline").locator('[data-kind="interaction"]').filter({ hasText: subject });
  await expect(entry).toContainText("Электронное письмо");
  await expect(entry).toContainText("Отправлено");
  await manager.close();
});
