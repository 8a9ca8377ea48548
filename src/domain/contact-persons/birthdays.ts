import { dateValue } from "@/domain/dates/calendar-date";

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * Days from `today` to the next birthday on or after it (0 = today). 29 February falls on 28 February in common
 * years. The SQL function crm_days_until_birthday is held to this rule by the integration tests.
 */
export function daysUntilBirthday(birthday: string, today: string): number {
  const [, month, day] = birthday.split("-").map(Number) as [number, number, number];
  const year = Number(today.slice(0, 4));
  const on = (y: number) =>
    dateValue(
      `${y}-${String(month).padStart(2, "0")}-${String(month === 2 && day === 29 && !isLeap(y) ? 28 : day).padStart(2, "0")}`,
    );
  const start = dateValue(today).getTime();
  const next = on(year).getTime() >= start ? on(year) : on(year + 1);
  return Math.round((next.getTime() - start) / 86_400_000);
}

/**
 * SPEC §4.2: a birthday goes into the morning digest on the day, and from `remindDaysBefore` days ahead when the
 * person has that setting.
 */
export function isBirthdayDue(birthday: string, remindDaysBefore: number | null, today: string): boolean {
  return daysUntilBirthday(birthday, today) <= (remindDaysBefore ?? 0);
}
