import { getFormatter } from "next-intl/server";

/** A completeness percentage, or a dash where there is nothing to be complete. */
export async function Completeness({ value }: { value: number | null }) {
  const format = await getFormatter();
  return value === null ? "—" : format.number(value, { maximumFractionDigits: 1 });
}
