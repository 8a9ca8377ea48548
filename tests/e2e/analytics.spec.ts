import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi } from "./helpers";

test("the director sees the managers ranked with charts, and a weight he changes re-ranks them", async ({ page, context }) => {
  await signInByApi(context, "director@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/rating");
  await expect(page.getByRole("heading", { name: "Рейтинг менеджеров" })).toBeVisible();
  const rows = page.getByTestId("rating-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Мария Менеджер");
  for (const chart of ["score-chart", "revenue-trend", "stage-funnel", "abc-chart"]) await expect(page.getByTestId(chart).locator("svg").first()).toBeVisible();

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

test("a manager sees his own KPI row and the company totals, whatever manager the URL names", async ({ page, context }) => {
  await signInByApi(context, "manager2@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/analytics/managers?show=revenue,nonsense,completeness");
  await expect(page.getByText("Неизвестные показатели пропущены: nonsense.")).toBeVisible();
  await expect(page.getByTestId("kpi-row")).toHaveCount(1);
  await expect(page.getByTestId("kpi-total")).toContainText("Вся компания");
  const rating = await page.goto("/t/demo/analytics/rating");
  expect(rating?.status()).toBe(404);
});
