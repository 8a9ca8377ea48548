import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signInByApi } from "./helpers";

test("the demo manager sees yesterday's missed call in red, today's payment in black and next week's important meeting in grey, and marks the call done", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/calendar");
  await expect(page.getByRole("heading", { name: "Календарь" })).toBeVisible();

  const events = page.getByTestId("calendar-event");
  const missedCall = events.filter({ hasText: "Уточнить потребность в бумаге на квартал" });
  await expect(missedCall.locator("[data-colour]")).toHaveAttribute("data-colour", "overdue");
  await expect(missedCall.locator("[data-colour]")).toHaveClass(/text-red-700/);

  const todaysPayment = events.filter({ has: page.locator('[data-kind="payment"][data-colour="today"]') });
  await expect(todaysPayment).toHaveCount(1);
  await expect(todaysPayment).toContainText("осталось оплатить");
  await expect(todaysPayment.locator("[data-colour]")).toHaveClass(/text-slate-950/);

  const meeting = events.filter({ hasText: "Презентация новой линейки офисной мебели" });
  await expect(meeting.locator("[data-colour]")).toHaveAttribute("data-colour", "later");
  await expect(meeting.locator("[data-colour]")).toHaveClass(/text-slate-500/);
  await expect(meeting).toContainText("!");

  await missedCall.getByText("Выполнено или перенести").click();
  await missedCall.getByLabel("Результат").fill("Дозвонились: нужна бумага А4, 40 пачек");
  await missedCall.getByLabel("Затрачено, минут").fill("10");
  await missedCall.getByRole("button", { name: "Отметить выполненным" }).click();
  await expect(events.filter({ hasText: "Уточнить потребность в бумаге на квартал" })).toHaveCount(0);
});

test("the calendar filters by event type and importance, and switches between day, week and month", async ({
  page,
  context,
}) => {
  await signInByApi(context, "manager1@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/calendar");
  const events = page.getByTestId("calendar-event");

  await page.getByLabel("Вид события").selectOption("interaction");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/kind=interaction/);
  await expect(events.locator('[data-kind="payment"], [data-kind="shipment"]')).toHaveCount(0);
  await expect(events.locator('[data-kind="interaction"]').first()).toBeVisible();

  await page.getByLabel("Важность").selectOption("HIGH");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(events).toHaveCount(1);
  await expect(events).toContainText("Презентация новой линейки офисной мебели");

  await page.getByRole("link", { name: "Месяц" }).click();
  await expect(page.getByTestId("calendar-grid")).toBeVisible();
  await expect(page.getByTestId("calendar-grid").getByTestId("calendar-event")).toHaveCount(1);
  await page.getByRole("link", { name: "Неделя" }).click();
  await expect(page.getByTestId("calendar-grid").locator("[data-day]")).toHaveCount(7);
  await page.getByRole("link", { name: "День" }).click();
  await expect(page).toHaveURL(/view=day/);
});

test("a director chooses whose calendar to see", async ({ page, context }) => {
  await signInByApi(context, "director@demo.test", DEMO_PASSWORD);
  await page.goto("/t/demo/calendar");
  await page.getByLabel("Чей календарь").selectOption({ label: "Мария Менеджер" });
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(
    page.getByTestId("calendar-event").filter({ hasText: "Презентация новой линейки офисной мебели" }),
  ).toBeVisible();
  await expect(page.getByTestId("calendar-event").locator("text=Михаил Менеджер")).toHaveCount(0);
});
