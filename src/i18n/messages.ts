import ru from "./messages/ru";
import en from "./messages/en";
import type { AppLocale } from "./locales";

export type Messages = typeof en;
export const MESSAGES: Record<AppLocale, Messages> = { ru, en };
