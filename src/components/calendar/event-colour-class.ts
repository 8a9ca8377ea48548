import type { EventColour } from "@/domain/calendar/event-colour";

/** SPEC §8.2 on screen: red overdue, black today, grey later. */
export const EVENT_COLOUR_CLASS: Record<EventColour, string> = {
  overdue: "text-red-700",
  today: "text-slate-950",
  later: "text-slate-500",
};
