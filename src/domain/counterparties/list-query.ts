import { z } from "zod";

export const RELATIONS = ["customer", "supplier", "partner", "competitor", "other"] as const;
const SORTABLE = ["name", "createdAt", "taxId", "responsible"] as const;
export const LIST_COLUMNS = [
  "kind",
  "taxId",
  "phone",
  "email",
  "responsible",
  "source",
  "classification",
  "createdAt",
] as const;
export const DEFAULT_COLUMNS: ListColumn[] = ["kind", "phone", "email", "responsible", "classification", "createdAt"];
export const ABC_CLASSES = ["A", "B", "C"] as const;
export const STAGES = ["POTENTIAL", "ONE_TIME", "REGULAR", "LOST"] as const;
export const XYZ_CLASSES = ["X", "Y", "Z"] as const;
const PAGE_SIZES = [25, 50, 100] as const;
/** The list counts its matches up to this many, or up to the end of the page shown; past it, "more than" (ADR 0021). */
export const COUNTED_UP_TO = 5_000;

export type SortColumn = (typeof SORTABLE)[number];
export type ListColumn = (typeof LIST_COLUMNS)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

/**
 * The counterparty list's state, read from the URL so that a filtered list can be bookmarked and shared. Anything
 * malformed falls back to the default instead of failing the page.
 */
const listQuerySchema = z.object({
  q: text(200),
  manager: text(64),
  relation: z.enum(RELATIONS).optional().catch(undefined),
  kind: z.enum(["LEGAL_ENTITY", "INDIVIDUAL"]).optional().catch(undefined),
  source: text(64),
  abc: z.enum(ABC_CLASSES).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  xyz: z.enum(XYZ_CLASSES).optional().catch(undefined),
  archived: z.enum(["only", "include"]).optional().catch(undefined),
  sort: z.enum(SORTABLE).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(50)
    .default(50),
});

export type ListQuery = z.infer<typeof listQuerySchema> & { [customFilter: `f.${string}`]: string };

export function parseListQuery(params: Record<string, string | string[] | undefined>): ListQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const custom = Object.fromEntries(
    Object.entries(flat)
      .filter(
        (e): e is [string, string] =>
          /^f\.[a-z][a-z0-9_]{1,39}$/.test(e[0]) && typeof e[1] === "string" && e[1].trim() !== "",
      )
      .slice(0, 20)
      .map(([k, v]) => [k, v.trim().slice(0, 200)]),
  );
  return { ...listQuerySchema.parse(flat), ...custom };
}

/** Filters on admin-designed fields travel in the URL as `f.<key>=<value>`. */
export function customFilters(query: ListQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter((e): e is [string, string] => e[0].startsWith("f.") && typeof e[1] === "string")
      .map(([k, v]) => [k.slice(2), v]),
  );
}

/** The URL of the list with some parameters changed; a changed filter goes back to page 1. */
export function listHref(
  base: string,
  query: ListQuery,
  change: Partial<Record<string, string | number | undefined>>,
): string {
  const next: Record<string, string | number | undefined> = { ...query, ...change };
  if (!("page" in change)) next.page = undefined;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === "" || (key === "page" && value === 1) || (key === "size" && value === 50))
      continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** `%`, `_` and `\` typed by a user are literal characters in a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
