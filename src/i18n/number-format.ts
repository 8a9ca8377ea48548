const formats = new Map<string, Intl.NumberFormat>();

/**
 * A shared Intl.NumberFormat per language and options. Building one costs far more than using it, and a page that
 * builds one per row (a calendar of a few hundred events, a list of money amounts) spent a tenth of its time there
 * (docs/performance.md). The keys are few: two languages × the tenants' currencies × a handful of styles.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
