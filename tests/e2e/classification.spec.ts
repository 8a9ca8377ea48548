import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";

test("the director runs the classification, sets a new client to A by hand with a reason, and the manual A stays after the next run", async ({
  page,
  context,
}) => {
  await signInByApi(context, "director@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/classification");
  await page.getByRole("button", { name: "Выполнить классификацию" }).click();
  await expect(page.getByRole("status")).toContainText("Классификация выполнена");
  const matrix = page.getByTestId("classification-matrix");
  await expect(matrix).toBeVisible();
  await expect(
    matrix.locator('[data-cell="A:X"], [data-cell="A:Y"], [data-cell="A:Z"], [data-cell="A:-"]').first(),
  ).toBeVisible();

  const client = unique("ООО Перспектива");
  await page.goto("/t/demo/counterparties/new");
  await page.getByLabel("Наименование", { exact: true }).fill(client);
  await page.getByRole("button", { name: "Новый контрагент" }).click();
  await expect(page.getByRole("heading", { name: client })).toBeVisible();
  const cardUrl = page.url();

  const override = page.getByTestId("classification-override");
  await override.getByText("Задать классы вручную").click();
  await override.getByLabel("ABC").selectOption("A");
  await override.getByRole("button", { name: "Сохранить" }).click();
  await expect(override.getByText("Укажите причину")).toBeVisible();
  await override.getByLabel("Причина").fill("Новый крупный клиент с большим потенциалом");
  await override.getByRole("button", { name: "Сохранить" }).click();
  await expect(override.getByRole("status")).toHaveText("Сохранено");
  await expect(page.getByTestId("classification-history")).toContainText("Новый крупный клиент с большим потенциалом");

  await page.goto("/t/demo/analytics/classification");
  await page.getByRole("button", { name: "Выполнить классификацию" }).click();
  await expect(page.getByRole("status")).toContainText("Классификация выполнена");

  await page.goto(cardUrl);
  await expect(page.getByTitle("Класс ABC: задан вручную")).toHaveText("A");
  await page.getByTestId("classification-override").getByText("Задать классы вручную").click();
  await expect(page.getByTestId("classification-override").getByLabel("ABC")).toHaveValue("A");
  await expect(page.getByTestId("classification-override").getByText("Расчётное значение: —").first()).toBeVisible();
});
