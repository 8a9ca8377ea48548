import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";

test("a manager orders three lines, ships two partly, takes a partial payment and sees the exact remains and debt", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  const client = unique("ООО Заказчик");
  await page.goto("/t/demo/counterparties/new");
  await page.getByLabel("Наименование", { exact: true }).fill(client);
  await page.getByRole("button", { name: "Новый контрагент" }).click();
  await expect(page.getByRole("heading", { name: client })).toBeVisible();

  await page.getByRole("link", { name: "Новый заказ" }).click();
  await expect(page.getByRole("combobox", { name: "Контрагент" })).toHaveValue(client);
  const lines: [string, string, string, string?][] = [
    ["Бумага офисная А4", "Бумага офисная А4, 500 л.", "10"],
    ["Картридж HP", "Картридж HP 85A", "2"],
    ["Ручка", "Ручка шариковая синяя, 50 шт.", "5", "10"],
  ];
  for (const [index, [query, product, quantity, discount]] of lines.entries()) {
    if (index > 0) await page.getByRole("button", { name: "Добавить строку" }).click();
    await page.getByRole("combobox", { name: "Товар" }).nth(index).fill(query);
    await page.getByRole("option", { name: new RegExp(product) }).click();
    await page.getByLabel("Количество").nth(index).fill(quantity);
    if (discount) await page.getByLabel("Скидка, %").nth(index).fill(discount);
  }
  await expect(page.getByTestId("order-total")).toHaveText("13930.00");
  await page.getByLabel("Количество").nth(0).fill("-1");
  await page.getByRole("button", { name: "Сохранить и подтвердить" }).click();
  await expect(page.getByText("Не может быть отрицательным")).toBeVisible();
  await page.getByLabel("Количество").nth(0).fill("10");
  await page.getByRole("button", { name: "Сохранить и подтвердить" }).click();
  await expect(page.getByRole("heading", { name: /Заказ № \d+ от/ })).toBeVisible();
  await expect(page.getByText("Подтверждён")).toBeVisible();

  const ship = page.getByLabel(/^Отгрузить сейчас/);
  await ship.nth(0).fill("4");
  await ship.nth(2).fill("0");
  await ship.nth(0).fill("11");
  await page.getByRole("button", { name: "Отгрузить", exact: true }).click();
  await expect(page.getByText("Больше, чем осталось отгрузить")).toBeVisible();
  await ship.nth(0).fill("4");
  await page.getByRole("button", { name: "Отгрузить", exact: true }).click();
  await expect(page.getByText(/Отгрузка № \d+ проведена/)).toBeVisible();
  await expect(page.getByText("Отгружен частично")).toBeVisible();
  // Ordered, shipped, remaining per line.
  const remains = async (line: number) =>
    (await page.getByTestId("analysis-line").nth(line).locator("td").allInnerTexts()).slice(3, 6);
  expect(await remains(0)).toEqual(["10 пач", "4", "6"]);
  expect(await remains(1)).toEqual(["2 шт", "2", "0"]);
  expect(await remains(2)).toEqual(["5 уп", "0", "5"]);

  await page.getByLabel("Сумма оплаты").fill("1000");
  await page.getByRole("button", { name: "Зарегистрировать оплату" }).click();
  await expect(page.getByText(/Оплата № \d+ зарегистрирована/)).toBeVisible();
  const totals = page.getByTestId("order-totals");
  await expect(totals).toContainText("13 930,00 ₽");
  await expect(totals).toContainText("8 980,00 ₽");
  await expect(totals).toContainText("1 000,00 ₽");
  await expect(totals).toContainText("12 930,00 ₽");
  await expect(page.getByTestId("order-document")).toHaveCount(2);

  await page.getByRole("link", { name: "Взаиморасчёты" }).click();
  await expect(page.getByRole("heading", { name: `Взаиморасчёты: ${client}` })).toBeVisible();
  await expect(page.getByTestId("debt")).toHaveText("7 980,00 ₽");
  await expect(page.getByTestId("overdue")).toHaveText("0,00 ₽");
});
