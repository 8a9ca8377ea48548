import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi } from "./helpers";

test("the director sees the managers ranked with charts, and a weight he changes re-ranks them", async ({
  page,
  context,
}) => {
  await signInByApi(context, "director@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/rating");
  await expect(page.getByRole("heading", { name: "Рейтинг менеджеров" })).toBeVisible();
  const rows = page.getByTestId("rating-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Мария Менеджер");
  for (const chart of ["score-chart", "revenue-trend", "stage-funnel", "abc-chart"])
    await expect(page.getByTestId(chart).locator("svg").first()).toBeVisible();

  // Only overdue debt counts, lower is better: the manager without overdue debt goes first.
  const weights = page.locator('input[name^="weight_"]');
  for (let i = 0; i < (await weights.count()); i++) await weights.nth(i).fill("0");
  await page.getByLabel("Вес: Просроченная задолженность").fill("1");
  await page.getByRole("button", { name: "Сохранить показатели и веса" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Веса сохранены" })).toBeVisible();
  await expect(rows.first()).toContainText("Михаил Менеджер");
  await expect(rows.first().locator("td").first()).toContainText("1");

  // A weight out of range is refused next to its field, and the ranking stays.
  await page.getByLabel("Вес: Выручка").fill("11");
  await page.getByRole("button", { name: "Сохранить показатели и веса" }).click();
  await expect(page.locator("[data-field-error]").first()).toBeVisible();
  await page.reload();
  await expect(rows.first()).toContainText("Михаил Менеджер");

  // Put the demo's weights back for whoever looks next.
  await page.getByLabel("Вес: Выручка").fill("3");
  await page.getByLabel("Вес: Просроченная задолженность").fill("1");
  await page.getByRole("button", { name: "Сохранить показатели и веса" }).click();
  await expect(rows.first()).toContainText("Мария Менеджер");
});

test("a manager sees his own KPI row and the company totals, whatever manager the URL names", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager2@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/managers?show=revenue,nonsense,completeness");
  await expect(page.getByText("Неизвестные показатели пропущены: nonsense.")).toBeVisible();
  await expect(page.getByTestId("kpi-row")).toHaveCount(1);
  await expect(page.getByTestId("kpi-total")).toContainText("Вся компания");
  const rating = await page.goto("/t/demo/analytics/rating");
  expect(rating?.status()).toBe(404);
});

test("the director exports a report to CSV that a Russian spreadsheet opens as columns and numbers", async ({
  page,
  context,
}) => {
  await signInByApi(context, "director@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/reports/sources");
  await expect(page.getByRole("heading", { name: "Источники информации" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Выгрузить в CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^information-sources-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString("utf8").slice(1), { delimiter: ";" });
  expect(rows[0]).toEqual([
    "Источник",
    "Входящих обращений",
    "Новых контрагентов",
    "Заказов",
    "Выручка",
    "Валовая прибыль",
    "Затраты",
    "Затраты на нового контрагента",
    "Окупаемость, %",
  ]);
  expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  expect(rows.at(-1)![0]).toBe("Итого");
  // Money in the Russian notation: a comma before the kopecks, no thousands separator.
  expect(rows.slice(1).some((r) => /^\d+(,\d{1,2})?$/.test(r[4]!) && r[4] !== "0")).toBe(true);
});
