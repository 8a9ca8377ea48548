/** Reference lists a new company starts with, in its language; the admin edits them later. */
export const DEFAULT_FAILURE_REASONS = {
  ru: ["Высокая цена", "Сроки поставки", "Выбрали конкурента", "Нет бюджета", "Другое"],
  en: ["Price too high", "Delivery time", "Chose a competitor", "No budget", "Other"],
} as const;
