import { dictionary } from "@zxcvbn-ts/language-common";

// The 49,000 most used passwords of leaked lists (zxcvbn's dictionary), compared without case: "Password" is one.
const COMMON = new Set(dictionary.passwords);

/** A password an attacker tries first: among the most common, or one character repeated. */
export function isCommonPassword(password: string): boolean {
  if (password.length > 128) return false;
  const lowered = password.toLowerCase();
  return COMMON.has(lowered) || /^(.)\1*$/.test(lowered);
}
