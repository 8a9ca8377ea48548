/** Russian Excel saves CSV in Windows-1251 with ";"; others write UTF-8 with ",". Both are read as they come. */
export type CsvEncoding = "utf-8" | "windows-1251";

export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return "utf-8";
  } catch (error) {
    // A multi-byte character cut at the 64 KiB boundary is not a reason to call the file Windows-1251.
    if (bytes.length > 64 * 1024 && isCutAtEnd(bytes.subarray(0, 64 * 1024))) return "utf-8";
    void error;
    return "windows-1251";
  }
}

function isCutAtEnd(bytes: Uint8Array): boolean {
  for (let drop = 1; drop <= 3; drop++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - drop));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

export function detectDelimiter(firstLine: string): ";" | "," | "\t" {
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [";", ",", "\t"] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ";" as (typeof candidates)[number]);
}
