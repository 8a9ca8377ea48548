import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";

test("an admin adds a required list field, and the card refuses to save without it", async ({ page, context }) => {
  await signInByApi(context, "admin@demo.test", DEMO_PASSWORD);
  const key = unique("segment").replace("-", "_");
  const label = `Сегмент ${key.slice(-4)}`;
  await page.goto("/t/demo/admin/fields");
  const form = page.locator("form").first();
  await form.getByLabel("Название по-русски").fill(label);
  await form.getByLabel("Название по-английски").fill(`Segment ${key.slice(-4)}`);
  await form.getByLabel("Ключ").fill(key);
  await form.getByLabel("Тип").selectOption("SELECT");
  await form.getByLabel("Варианты").fill("retail; Розница; Retail\nwholesale; Опт; Wholesale");
  await form.getByLabel("Обязательное").check();
  await form.getByRole("button", { name: "Добавить поле" }).click();
  await expect(page.getByText(key)).toBeVisible();

  await page.goto("/t/demo/counterparties?q=Северный");
  await page.getByRole("link", { name: "АО «Северный ветер»" }).click();
  const card = page.locator("section", { hasText: "Дополнительные сведения" });
  await card.getByRole("button", { name: "Сохранить" }).click();
  await expect(card.getByText("Обязательное поле")).toBeVisible();

  await card.getByLabel(label).selectOption("wholesale");
  await card.getByRole("button", { name: "Сохранить" }).click();
  await expect(card.getByText("Сохранено")).toBeVisible();
  await page.reload();
  await expect(page.locator("section", { hasText: "Дополнительные сведения" }).getByLabel(label)).toHaveValue(
    "wholesale",
  );
  await expect(page.getByTestId("timeline")).toContainText("Изменены дополнительные сведения");
});
