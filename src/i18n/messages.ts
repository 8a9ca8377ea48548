import ru from "./messages/ru.json";
import en from "./messages/en.json";
import type { AppLocale } from "./locales";

export type Messages = typeof en;
export const MESSAGES: Record<AppLocale, Messages> = { ru, en };
