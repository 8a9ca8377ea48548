import { expect, test } from "./fixtures";
import { signUpCompany, unique } from "./helpers";

test("an admin invites a manager, who joins from the outbox link; the admin then promotes him", async ({
  page,
  browser,
}) => {
  const slug = unique("team");
  await signUpCompany(page, {
    company: "ООО Команда",
    slug,
    name: "Админ Командный",
    email: `${slug}@example.test`,
    password: "a-strong-password",
  });

  const managerEmail = `${unique("manager")}@example.test`;
  await page.getByRole("link", { name: "Пользователи" }).click();
  await page.getByLabel("E-mail").fill(managerEmail);
  await page.getByRole("button", { name: "Отправить приглашение" }).click();
  await expect(page.getByRole("status")).toContainText("приглашение лежит в исходящих письмах");

  await page.getByRole("link", { name: "Исходящие письма" }).click();
  const message = page.getByTestId("outbox-message").filter({ hasText: managerEmail });
  await expect(message).toContainText("приглашает вас в ООО Команда");
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec((await message.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();

  // The invitee, in a browser of his own.
  const invitee = await browser.newContext({ locale: "ru-RU" });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link!);
  await expect(inviteePage.getByText(`на роль «Менеджер» с e-mail ${managerEmail}`)).toBeVisible();
  await inviteePage.getByLabel("Ваше имя").fill("Максим Менеджер");
  await inviteePage.getByLabel("Пароль").fill("manager-password");
  await inviteePage.getByRole("button", { name: "Присоединиться к ООО Команда" }).click();
  await inviteePage.waitForURL(`**/t/${slug}`);
  await expect(inviteePage.getByText("ваша роль: Менеджер")).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Пользователи" })).toHaveCount(0);

  // The link works once.
  const again = await browser.newContext({ locale: "ru-RU" });
  const againPage = await again.newPage();
  await againPage.goto(link!);
  await expect(againPage.getByText("Это приглашение уже использовано.")).toBeVisible();
  await again.close();

  // The admin promotes him; his next request shows the director's menu.
  await page.getByRole("link", { name: "Пользователи" }).click();
  const row = page.getByTestId(`member-${managerEmail}`);
  await row.getByLabel("Роль").selectOption("DIRECTOR");
  await row.getByRole("button", { name: "Сменить роль" }).click();
  // The select shows the choice at once; the saved notice says the server has it.
  await expect(row.getByRole("status")).toHaveText("Сохранено");
  await inviteePage.reload();
  await expect(inviteePage.getByText("ваша роль: Руководитель")).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Пользователи" })).toBeVisible();

  // Deactivated, he is out on his next request.
  await row.getByRole("button", { name: "Отключить" }).click();
  await expect(row).toContainText("Отключён");
  await inviteePage.reload();
  await expect(inviteePage.getByRole("heading", { name: "Не найдено" })).toBeVisible();
  await invitee.close();
});
