import iconv from "iconv-lite";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, unique } from "./helpers";

test("an admin imports counterparties from a Windows-1251 CSV: mapping, preview with errors, commit, result", async ({
  page,
  context,
}) => {
  await signInByApi(context, "admin@demo.test", DEMO_PASSWORD);
  const name = unique("ООО Импорт");
  const csv = ["Наименование;ИНН;Телефон;Город", `${name};;+7 (499) 765-00-11;Москва`, ";7707083894;;Тула"].join(
    "\r\n",
  );

  await page.goto("/t/demo/counterparties");
  await page.getByRole("link", { name: "Загрузить из CSV" }).click();
  await page
    .getByLabel("CSV-файл")
    .setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: iconv.encode(csv, "win1251") });
  await page.getByRole("button", { name: "Загрузить", exact: true }).click();
  await page.waitForURL(/\/imports\/[^/]+$/);
  await expect(page.getByText("2 строки · кодировка windows-1251 · разделитель «;»")).toBeVisible();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText(name);
  await expect(preview).toContainText("Наименование: Обязательное поле");
  await expect(page.getByLabel("Город")).toHaveValue("");
  await page.getByLabel("Город").selectOption("address");
  await page.getByRole("button", { name: "Применить и обновить предпросмотр" }).click();
  await expect(page.getByText("Сопоставление сохранено")).toBeVisible();

  await page.getByRole("button", { name: "Загрузить 2 строки" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Создано: 1.");
  await expect(page.getByTestId("import-result")).toContainText("Строк с ошибками (не загружены): 1.");

  await page.goto(`/t/demo/counterparties?q=${encodeURIComponent("765-00-11")}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByTestId("contact-info")).toContainText("Москва");
});
