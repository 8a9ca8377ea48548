import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

export const CONTACT_INFO_TYPES = ["PHONE", "EMAIL", "ADDRESS", "EXTENSION", "WEBSITE", "MESSENGER", "OTHER"] as const;
export type ContactInfoType = (typeof CONTACT_INFO_TYPES)[number];

/**
 * A phone as E.164 digits without "+", so that "+7 (495) 123-45-67", "8 495 123 45 67" and "84951234567" are one
 * number. Russian habits by default: a leading 8 is the trunk prefix. Unparseable input keeps its digits.
 */
export function normalizePhone(value: string, defaultCountry: CountryCode = "RU"): string | null {
  const digits = value.replace(/\D/g, "");
  if (!digits) return null;
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  if (parsed?.isPossible()) return parsed.number.slice(1);
  return digits;
}

/** What is stored in ContactInfo.normalized for each type: the value search and duplicate checks compare. */
export function normalizeContactValue(type: ContactInfoType, value: string): string | null {
  switch (type) {
    case "PHONE":
      return normalizePhone(value);
    case "EMAIL":
      return value.trim().toLowerCase();
    case "WEBSITE":
      return value
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/^www\./, "")
        .replace(/\/$/, "");
    default:
      return null;
  }
}

/**
 * The digits of a search query that looks like (part of) a phone number, normalised like stored phones where it
 * is a whole number; null when the query is not phone-like (fewer than 4 digits or mostly letters).
 */
export function phoneSearchDigits(query: string): string | null {
  const digits = query.replace(/\D/g, "");
  if (digits.length < 4 || /[a-zа-яё]/i.test(query)) return null;
  if (digits.length >= 10) return normalizePhone(query) ?? digits;
  return digits;
}
