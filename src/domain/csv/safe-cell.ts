/**
 * A cell that a spreadsheet will show as text, never run as a formula (OWASP "CSV injection"): values starting
 * with =, +, -, @, tab or carriage return get a leading apostrophe.
 */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
