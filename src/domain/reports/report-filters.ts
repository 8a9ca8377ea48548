import { z } from "zod";
import { DIRECTIONS, INTERACTION_TYPES } from "@/domain/interactions/interaction-input";

/** The analytic reports of SPEC §7.4, in the order the index lists them; each is a page under analytics/reports. */
export const REPORTS = ["contacts", "interactions", "sources", "failed-orders"] as const;

export const COUNTERPARTY_KINDS = ["LEGAL_ENTITY", "INDIVIDUAL"] as const;
export const INTERACTION_STATUS_FILTERS = ["done", "planned", "all"] as const;
export const INTERACTION_GROUPINGS = ["manager", "type", "counterparty"] as const;
export const FAILED_ORDER_GROUPINGS = ["reason", "manager"] as const;
/** The filter value that selects the rows without a manager, or the cancelled orders without a reason. */
export const NONE = "none";

type Params = Record<string, string | string[] | undefined>;

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
const text = z.string().optional().catch(undefined);

/** The URL's parameters with one value each (the first of a repeated one), as readPeriod and the parsers take them. */
export function flat(params: Params): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * An id chosen in a filter counts only when it names one of the tenant's own options (or "none" where that is
 * offered): a stale, mistyped or foreign id in the URL is ignored, so the report shows everything rather than an
 * error or a puzzling empty page.
 */
function known(value: string | undefined, ids: readonly string[], allowNone = false): string | undefined {
  if (!value) return undefined;
  if (allowNone && value === NONE) return NONE;
  return ids.includes(value) ? value : undefined;
}

export interface ContactReportFilters {
  /** A manager's user id, or NONE for counterparties without one. */
  manager?: string;
  kind?: (typeof COUNTERPARTY_KINDS)[number];
  incomplete: boolean;
  page: number;
}

export function parseContactReportFilters(params: Params, managerIds: readonly string[]): ContactReportFilters {
  const raw = z.object({ manager: text, kind: choice(COUNTERPARTY_KINDS), incomplete: text, page }).parse(flat(params));
  return {
    manager: known(raw.manager, managerIds, true),
    kind: raw.kind,
    incomplete: raw.incomplete === "1",
    page: raw.page,
  };
}

export interface InteractionReportFilters {
  status: (typeof INTERACTION_STATUS_FILTERS)[number];
  type?: (typeof INTERACTION_TYPES)[number];
  direction?: (typeof DIRECTIONS)[number];
  manager?: string;
  groupBy: (typeof INTERACTION_GROUPINGS)[number];
  page: number;
}

export function parseInteractionReportFilters(params: Params, managerIds: readonly string[]): InteractionReportFilters {
  const raw = z
    .object({
      status: z.enum(INTERACTION_STATUS_FILTERS).catch("done").default("done"),
      type: choice(INTERACTION_TYPES),
      direction: choice(DIRECTIONS),
      manager: text,
      groupBy: z.enum(INTERACTION_GROUPINGS).catch("manager").default("manager"),
      page,
    })
    .parse(flat(params));
  return { ...raw, manager: known(raw.manager, managerIds) };
}

export interface FailedOrderFilters {
  /** A failure reason's id, or NONE for the orders cancelled without one. */
  reason?: string;
  manager?: string;
  groupBy: (typeof FAILED_ORDER_GROUPINGS)[number];
}

export function parseFailedOrderFilters(
  params: Params,
  options: { reasonIds: readonly string[]; managerIds: readonly string[] },
): FailedOrderFilters {
  const raw = z
    .object({ reason: text, manager: text, groupBy: z.enum(FAILED_ORDER_GROUPINGS).catch("reason").default("reason") })
    .parse(flat(params));
  return {
    reason: known(raw.reason, options.reasonIds, true),
    manager: known(raw.manager, options.managerIds),
    groupBy: raw.groupBy,
  };
}

/**
 * A report's URL with its state, for the CSV link and the pager: the period and the filters that are set, so the
 * export reads exactly what the page shows.
 */
export function reportHref(path: string, state: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
