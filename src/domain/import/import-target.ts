/** What every kind of CSV import (counterparties, products, …) tells the shared wizard about itself. */
export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export type RowResult<V> = { value: V } | { errors: ImportRowError[] };

export interface ImportTarget<F extends string = string, V = unknown> {
  /** The fields a column can be mapped to, in the order the mapping form offers them. */
  fields: readonly F[];
  /** Header words that suggest a field, in Russian and English, compared without case, spaces or punctuation. */
  synonyms: Record<F, string[]>;
  /** A file is importable only when these fields are mapped. */
  requiredFields: readonly F[];
  /** Validates one mapped row; `row` is the 1-based line number in the file (the header is line 1). */
  validateRow(values: Partial<Record<F, string>>, row: number): RowResult<V>;
  /** Admin-designed fields can be filled from columns (`cf.<key>`). */
  customFields: boolean;
  /** What may be done with a row that matches an existing record; the first is the default. */
  duplicateModes: readonly ("SKIP" | "UPDATE" | "CREATE")[];
}

export const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_\-.:()]/g, "")
    .replace("ё", "е");

/** A first guess of which column is which field; each field is taken by at most one column. */
export function suggestMapping<F extends string>(target: ImportTarget<F>, headers: string[]): Record<number, F> {
  const mapping: Record<number, F> = {};
  const taken = new Set<F>();
  headers.forEach((header, index) => {
    const key = squash(header);
    const field = target.fields.find((f) => !taken.has(f) && target.synonyms[f].some((s) => squash(s) === key));
    if (field) {
      mapping[index] = field;
      taken.add(field);
    }
  });
  return mapping;
}

/** The mapped cells of one record: field → cell text. */
export function mappedValues<F extends string>(
  target: ImportTarget<F>,
  mapping: Record<string, string>,
  record: string[],
): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const [index, field] of Object.entries(mapping)) {
    if ((target.fields as readonly string[]).includes(field)) values[field as F] = record[Number(index)];
  }
  return values;
}
