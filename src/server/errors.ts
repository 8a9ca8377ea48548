import "server-only";

/**
 * The expected failures a user can be told about. Each carries a message key under `errors.` in the locale files;
 * anything else thrown inside a use case is unexpected: logged with context, shown as a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "VALIDATION" | "UNAUTHENTICATED" | "RATE_LIMITED",
    readonly messageKey: string,
    readonly fieldErrors: Record<string, string> = {},
    /** Values for placeholders in the messages, e.g. { line: 12 }. */
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = `${code} error`;
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super("NOT_FOUND", "errors.notFound");
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super("FORBIDDEN", "errors.forbidden");
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super("UNAUTHENTICATED", "errors.unauthenticated");
  }
}

/** Someone else changed the record since it was read (optimistic lock), or a unique value is taken. */
export class ConflictError extends AppError {
  constructor(messageKey = "errors.conflict", fieldErrors: Record<string, string> = {}) {
    super("CONFLICT", messageKey, fieldErrors);
  }
}

/** Field errors map a form field name to a message key (e.g. `validation.emailTaken`). */
export class ValidationError extends AppError {
  constructor(
    fieldErrors: Record<string, string>,
    messageKey = "errors.validation",
    values: Record<string, string | number> = {},
  ) {
    super("VALIDATION", messageKey, fieldErrors, values);
  }
}

/** Too many tries too soon; the message says when to try again. */
export class RateLimitedError extends AppError {
  constructor(messageKey: string) {
    super("RATE_LIMITED", messageKey);
  }
}
