import { readPeriod } from "@/domain/dates/calendar-date";
import type { Granularity, Period } from "./comparison-periods";
import { readGranularity } from "./granularity";

export interface ClientBaseQuery {
  period: Period;
  /** The period in the URL was unusable: the default is shown, with a notice. */
  corrected: boolean;
  granularity: Granularity;
  /** Weeks were asked for over too long a period: months are shown, with a notice. */
  coarsened: boolean;
  /** To be checked against the tenant's managers: an unknown one is ignored. */
  manager: string | undefined;
}

/** The client-base report's state in the URL (`from`, `to`, `granularity`, `manager`); nothing in it fails the page. */
export function readClientBaseQuery(
  params: Record<string, string | string[] | undefined>,
  today: string,
): ClientBaseQuery {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const { corrected, ...period } = readPeriod({ from: one("from"), to: one("to") }, today);
  const manager = one("manager")?.trim();
  return {
    period,
    corrected,
    ...readGranularity(one("granularity"), period),
    manager: manager && manager.length <= 64 ? manager : undefined,
  };
}
