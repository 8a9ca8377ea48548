import { describe, expect, it } from "vitest";
import {
  parseContactReportFilters,
  parseFailedOrderFilters,
  parseInteractionReportFilters,
  reportHref,
} from "./report-filters";

const managers = ["u1", "u2"];

describe("report filters from the URL", () => {
  it("keeps known choices and ids", () => {
    expect(
      parseContactReportFilters({ manager: "u2", kind: "INDIVIDUAL", incomplete: "1", page: "3" }, managers),
    ).toEqual({ manager: "u2", kind: "INDIVIDUAL", incomplete: true, page: 3 });
    expect(parseContactReportFilters({ manager: "none" }, managers)).toEqual({
      manager: "none",
      kind: undefined,
      incomplete: false,
      page: 1,
    });
    expect(
      parseInteractionReportFilters(
        { status: "all", type: "CALL", direction: "INCOMING", manager: "u1", groupBy: "counterparty" },
        managers,
      ),
    ).toEqual({
      status: "all",
      type: "CALL",
      direction: "INCOMING",
      manager: "u1",
      groupBy: "counterparty",
      page: 1,
    });
    expect(
      parseFailedOrderFilters(
        { reason: "r1", manager: "u1", groupBy: "manager" },
        { reasonIds: ["r1"], managerIds: managers },
      ),
    ).toEqual({ reason: "r1", manager: "u1", groupBy: "manager" });
    expect(parseFailedOrderFilters({ reason: "none" }, { reasonIds: [], managerIds: [] }).reason).toBe("none");
  });

  it("ignores unknown values and ids instead of failing or filtering everything out", () => {
    expect(
      parseContactReportFilters({ manager: "someone-else", kind: "ROBOT", incomplete: "yes", page: "-2" }, managers),
    ).toEqual({ manager: undefined, kind: undefined, incomplete: false, page: 1 });
    expect(
      parseInteractionReportFilters(
        { status: "maybe", type: "FAX", direction: ["IN", "OUT"], manager: "x", groupBy: "weather", page: "abc" },
        managers,
      ),
    ).toEqual({
      status: "done",
      type: undefined,
      direction: undefined,
      manager: undefined,
      groupBy: "manager",
      page: 1,
    });
    expect(parseInteractionReportFilters({ manager: "none" }, managers).manager).toBeUndefined();
    expect(
      parseFailedOrderFilters(
        { reason: "r9", manager: "none", groupBy: "" },
        { reasonIds: ["r1"], managerIds: managers },
      ),
    ).toEqual({ reason: undefined, manager: undefined, groupBy: "reason" });
  });

  it("writes the state that is set into a link", () => {
    expect(
      reportHref("/t/a/x/export", {
        from: "2026-01-01",
        to: "2026-01-31",
        manager: undefined,
        incomplete: true,
        kind: "",
        page: 2,
      }),
    ).toBe("/t/a/x/export?from=2026-01-01&to=2026-01-31&incomplete=1&page=2");
    expect(reportHref("/t/a/x", { incomplete: false })).toBe("/t/a/x");
  });
});
