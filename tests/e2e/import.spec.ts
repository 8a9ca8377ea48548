import iconv from "iconv-lite";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi, signUpCompany, unique } from "./helpers";

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

test("a 30 MB upload of short rows is refused with a message while another company's pages keep answering", async ({
  browser,
  page,
}) => {
  const slug = unique("bulk");
  await signUpCompany(page, {
    company: "ООО Большой файл",
    slug,
    name: "Админ Файла",
    email: `${slug}@example.test`,
    password: "a-strong-password",
  });
  const director = await browser.newContext();
  await signInByApi(director, "director@demo.test", DEMO_PASSWORD);
  const upload = page.request.post(`/t/${slug}/imports/upload?target=products`, {
    multipart: { file: { name: "short.csv", mimeType: "text/csv", buffer: Buffer.from("a;b\n".repeat(7_864_320)) } },
    timeout: 0,
  });
  const other = await director.request.get("/t/demo/counterparties");
  expect(other.status()).toBe(200);
  const refused = await upload;
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({
    fieldErrors: { file: "В файле больше 200 000 строк: разбейте его на части" },
  });
  expect((await director.request.get("/t/demo/counterparties")).status()).toBe(200);
  await director.close();
});
