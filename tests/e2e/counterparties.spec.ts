import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";

test("a manager finds a client by a fragment of its phone, adds a contact person and an e-mail, and sees them in the history", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/counterparties");
  await page.getByRole("searchbox").fill("123-45");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/q=123-45/);
  await page.getByRole("link", { name: "ООО «Ромашка»" }).click();
  await expect(page.getByRole("heading", { name: "ООО «Ромашка»" })).toBeVisible();

  const lastName = unique("Петрова");
  const people = page.getByTestId("add-person");
  await people.locator("summary").click();
  await people.getByLabel("Фамилия").fill(lastName);
  await people.getByLabel("Имя", { exact: true }).fill("Анна");
  await people.getByLabel("Должность").fill("коммерческий директор");
  await people.getByRole("button", { name: "Добавить контактное лицо" }).click();
  await expect(page.getByTestId("contact-persons")).toContainText(`${lastName} Анна — коммерческий директор`);

  const contactCard = page.getByTestId("contact-info").locator("..");
  await contactCard.getByLabel("Вид").first().selectOption("EMAIL");
  await contactCard.getByLabel("Значение").first().fill("not an e-mail");
  await contactCard.getByRole("button", { name: "Добавить" }).first().click();
  await expect(contactCard.getByText("Введите корректный адрес e-mail")).toBeVisible();
  await contactCard.getByLabel("Значение").first().fill("sales@romashka.example");
  await contactCard.getByRole("button", { name: "Добавить" }).first().click();
  await expect(page.getByTestId("contact-info")).toContainText("sales@romashka.example");

  const history = page.getByTestId("timeline");
  await expect(history).toContainText("Добавлено контактное лицо");
  await expect(history).toContainText(lastName);
  await expect(history).toContainText("sales@romashka.example");
});

test("the list's links are not prefetched: the page is the only request to the server, and a click navigates with a progress bar", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await page.goto("/t/demo/counterparties");
  await expect(page.getByRole("link", { name: "ООО «Ромашка»" })).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1500);
  expect(prefetches).toEqual([]);

  // The page is fetched on the click; until it arrives, a bar at the top says so.
  let deliver!: () => void;
  const held = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(/_rsc=/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("link", { name: "ООО «Ромашка»" }).click();
  await expect(page.getByTestId("navigation-pending")).toBeVisible();
  // The card's payload takes as long as the machine needs; the test waits for it, bounded by the test's timeout.
  const arrived = page.waitForResponse((response) => response.url().includes("_rsc=") && response.ok(), { timeout: 0 });
  deliver();
  await arrived;
  await expect(page.getByRole("heading", { name: "ООО «Ромашка»" })).toBeVisible();
  await expect(page.getByTestId("navigation-pending")).toHaveCount(0);
});

test("a new counterparty with the phone of an existing one gets a duplicate warning first", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager2@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/counterparties/new");
  await page.getByLabel("Наименование", { exact: true }).fill("Ромашка (новая)");
  await page.getByLabel("ИНН").fill("7707083894");
  await page.getByLabel("Телефон").fill("8 495 123 45 67");
  await page.getByRole("button", { name: "Новый контрагент" }).click();
  await expect(page.getByText("ИНН не проходит проверку контрольных цифр")).toBeVisible();
  await page.getByLabel("ИНН").fill("");
  await page.getByRole("button", { name: "Новый контрагент" }).click();
  await expect(page.getByTestId("duplicates")).toContainText("Возможно, такой клиент уже есть");
  await expect(page.getByTestId("duplicates")).toContainText("ООО «Ромашка» — тот же телефон");
  await page.getByRole("button", { name: "Всё равно создать" }).click();
  await expect(page.getByRole("heading", { name: "Ромашка (новая)" })).toBeVisible();
  await expect(page.getByTestId("classification-no-history")).toHaveText(
    "Классы клиента ещё не менялись: их пересчитывает ночная классификация по отгрузкам.",
  );
});

test("another tenant's counterparty answers 404", async ({ page, context }) => {
  await signInByApi(context, "admin@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/counterparties");
  const href = await page.getByRole("link", { name: "ООО «Ромашка»" }).getAttribute("href");
  const id = href!.split("/").pop();
  const other = await context.browser()!.newContext();
  const otherPage = await other.newPage();
  const slug = unique("iso");
  await otherPage.goto("/sign-up");
  await otherPage.getByLabel(/Company name|Название компании/).fill("Other Co");
  await otherPage.getByLabel(/Address in the app|Адрес в приложении/).fill(slug);
  await otherPage.getByLabel(/Your name|Ваше имя/).fill("Other");
  await otherPage.getByLabel("E-mail").fill(`${slug}@example.test`);
  await otherPage.getByLabel(/^Password$|^Пароль$/).fill("a-strong-password");
  await otherPage.getByRole("button", { name: /Create company|Создать компанию/ }).click();
  await otherPage.waitForURL(`**/t/${slug}`);
  expect((await otherPage.goto(`/t/${slug}/counterparties/${id}`))?.status()).toBe(404);
  await other.close();
});
