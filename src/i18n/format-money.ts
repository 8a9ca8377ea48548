import { numberFormat } from "./number-format";

/** Money in the tenant's currency, formatted for the user's language. Values arrive as decimal strings or Decimals. */
export function moneyFormatter(locale: string, currency: string) {
  const format = numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (value: { toString(): string } | number | null | undefined) =>
    value === null || value === undefined ? "—" : format.format(Number(value.toString()));
}

export function quantityFormatter(locale: string) {
  const format = numberFormat(locale, { maximumFractionDigits: 3 });
  return (value: { toString(): string } | number) => format.format(Number(value.toString()));
}
