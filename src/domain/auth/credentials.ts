import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

/**
 * NIST SP 800-63B: at least 8 characters, none of the commonly used or breached ones; a ceiling keeps hashing cheap
 * for absurd inputs.
 */
const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, "validation.passwordTooShort")
  .max(PASSWORD_MAX, "validation.passwordTooLong")
  .refine((password) => !isCommonPassword(password), "validation.passwordCommon");

export const personNameSchema = z.string().trim().min(1, "validation.required").max(120, "validation.tooLong");
