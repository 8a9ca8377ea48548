import "server-only";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { ValidationError } from "@/server/errors";

export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
const MAX_IMPORT_ROWS = 200_000;
// The parser is fed this much at a time, so that it builds records only as fast as they are read.
const SLICE_BYTES = 64 * 1024;

function* slices(content: Uint8Array): Generator<Buffer> {
  for (let start = 0; start < content.length; start += SLICE_BYTES)
    yield Buffer.from(content.buffer, content.byteOffset + start, Math.min(SLICE_BYTES, content.length - start));
}

/**
 * Refuses a file with more lines than an import takes before anything is parsed: counting newlines costs a pass
 * over the bytes, parsing them all first cost the server its heap (a 10 MB file of short rows).
 */
export function assertImportLineCount(content: Uint8Array): void {
  let lines = 0;
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1))
    if (++lines > MAX_IMPORT_ROWS + 1) throw new ValidationError({ file: "validation.importTooManyRows" });
}

/**
 * Rows of a CSV file, streamed: decoded from its encoding, split by its delimiter. Broken quoting and files past
 * the row limit end in a ValidationError naming the line, never a crash or a hang.
 */
export async function* readCsvRows(
  content: Uint8Array,
  encoding: string,
  delimiter: string,
  options: { limit?: number } = {},
) {
  const parser = Readable.from(slices(content))
    .pipe(iconv.decodeStream(encoding))
    .pipe(
      parse({
        delimiter,
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
        max_record_size: 64 * 1024,
      }),
    );
  let count = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      count++;
      if (count > MAX_IMPORT_ROWS + 1) throw new ValidationError({ file: "validation.importTooManyRows" });
      // A NUL cannot be stored in a text column; a file saved by an odd tool may carry some.
      yield record.map((cell) => (cell.includes("\u0000") ? cell.replaceAll("\u0000", "") : cell));
      if (options.limit && count >= options.limit) break;
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    const line = (error as { lines?: number }).lines;
    throw new ValidationError(
      { file: line ? "validation.importBrokenAt" : "validation.importBroken" },
      "errors.validation",
      { line: line ?? 0 },
    );
  } finally {
    parser.destroy();
  }
}
