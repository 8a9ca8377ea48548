/**
 * SPEC §8.2: red = overdue (its day is before today and it is not done), black = due today, grey = later. Only
 * things still to do reach the calendar, so "not done" holds for every event it colours. Days are calendar dates
 * in the tenant's zone, so an interaction planned for 09:00 today is still black at 18:00.
 */
export type EventColour = "overdue" | "today" | "later";

export function eventColour(eventDay: string, today: string): EventColour {
  if (eventDay < today) return "overdue";
  return eventDay === today ? "today" : "later";
}

/** `!` marks an important interaction and `↓` a minor one (SPEC §8.2). */
export function importanceMark(importance: "HIGH" | "NORMAL" | "LOW"): string {
  return importance === "HIGH" ? "!" : importance === "LOW" ? "↓" : "";
}
