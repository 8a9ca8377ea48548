import { safeCell } from "./safe-cell";

/**
 * What a spreadsheet in the user's language expects of a CSV file. Russian Excel splits on ";" and reads "1234,50"
 * as a number; English Excel splits on "," and reads "1234.50". Both read UTF-8 only with a BOM.
 */
export interface CsvDialect {
  delimiter: ";" | ",";
  decimalSeparator: "," | ".";
}

export function csvDialect(locale: string): CsvDialect {
  return locale === "ru" ? { delimiter: ";", decimalSeparator: "," } : { delimiter: ",", decimalSeparator: "." };
}

/** Anything with a decimal text form: numbers, Prisma's and decimal.js's Decimal. */
interface DecimalLike {
  toFixed(): string;
  isFinite(): boolean;
}

function isDecimal(value: unknown): value is DecimalLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as DecimalLike).toFixed === "function" &&
    typeof (value as DecimalLike).isFinite === "function"
  );
}

/**
 * One cell: numbers (JS numbers and Decimals) in the dialect's notation, never prefixed — a number cannot be a
 * formula — and every other value as formula-safe text.
 */
export function csvCell(value: unknown, dialect: CsvDialect): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value).replace(".", dialect.decimalSeparator);
  if (isDecimal(value)) return value.toFixed().replace(".", dialect.decimalSeparator);
  return safeCell(value);
}
