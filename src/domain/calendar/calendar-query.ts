import { z } from "zod";
import { isCalendarDate } from "@/domain/dates/calendar-date";
import { IMPORTANCES } from "@/domain/interactions/interaction-input";
import { CALENDAR_VIEWS, EVENT_KINDS } from "./calendar-view";

const day = z.string().refine(isCalendarDate);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(one, schema.optional().catch(undefined));

/** The calendar's URL: view, anchor day, agenda end, whose calendar ("all" or a user id), and the filters. */
const calendarQuerySchema = z.object({
  view: z.preprocess(one, z.enum(CALENDAR_VIEWS).catch("agenda").default("agenda")),
  date: optional(day),
  to: optional(day),
  user: optional(z.string().max(64)),
  counterparty: optional(z.string().max(64)),
  kind: optional(z.enum(EVENT_KINDS)),
  importance: optional(z.enum(IMPORTANCES)),
});

export type CalendarQueryParams = z.infer<typeof calendarQuerySchema>;

/** A malformed parameter is ignored rather than refused: the calendar always opens. */
export function parseCalendarQuery(params: Record<string, string | string[] | undefined>): CalendarQueryParams {
  return calendarQuerySchema.parse(params);
}
