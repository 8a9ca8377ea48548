import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { AppLocale } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { AppError } from "@/server/errors";
import { logError } from "@/server/log";

export type ActionFailure = {
  ok: false;
  code: AppError["code"] | "UNEXPECTED";
  message: string;
  fieldErrors: Record<string, string>;
};
export type ActionResult<R> = { ok: true; data: R } | ActionFailure;

/**
 * Turns what a use case threw into what the user is told, in his language. Expected errors keep their message
 * and field errors; anything else is logged with the context and hidden behind a generic message.
 */
export function toActionFailure(error: unknown, locale: AppLocale, context: Record<string, unknown>): ActionFailure {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, key]) => [field, translate(locale, key, error.values)]),
    );
    return { ok: false, code: error.code, message: translate(locale, error.messageKey, error.values), fieldErrors };
  }
  logError(error, context);
  return { ok: false, code: "UNEXPECTED", message: translate(locale, "errors.unexpected"), fieldErrors: {} };
}
