import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daysUntilBirthday, isBirthdayDue } from "./birthdays";

describe("birthday reminders (SPEC §4.2)", () => {
  it("counts the days to the next birthday, across the new year", () => {
    expect(daysUntilBirthday("1980-11-23", "2026-11-23")).toBe(0);
    expect(daysUntilBirthday("1980-11-25", "2026-11-23")).toBe(2);
    expect(daysUntilBirthday("1980-01-02", "2026-12-30")).toBe(3);
    expect(daysUntilBirthday("1980-11-22", "2026-11-23")).toBe(364);
  });

  it("celebrates 29 February on 28 February in common years", () => {
    expect(daysUntilBirthday("1988-02-29", "2026-02-28")).toBe(0);
    expect(daysUntilBirthday("1988-02-29", "2028-02-28")).toBe(1);
  });

  it("is due on the day, and from N days ahead when the person asks for it", () => {
    expect(isBirthdayDue("1980-11-23", null, "2026-11-23")).toBe(true);
    expect(isBirthdayDue("1980-11-26", null, "2026-11-23")).toBe(false);
    expect(isBirthdayDue("1980-11-26", 3, "2026-11-23")).toBe(true);
    expect(isBirthdayDue("1980-11-27", 3, "2026-11-23")).toBe(false);
  });

  it("always finds a birthday within a year", () => {
    const day = fc
      .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (birthday, today) => {
        const days = daysUntilBirthday(birthday, today);
        return days >= 0 && days <= 365;
      }),
    );
  });
});
