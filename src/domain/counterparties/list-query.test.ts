import { describe, expect, it } from "vitest";
import { escapeLike, listHref, parseListQuery } from "./list-query";

describe("counterparty list query", () => {
  it("reads the URL and falls back to defaults for nonsense", () => {
    expect(parseListQuery({ q: " ромашка ", relation: "supplier", sort: "hack;drop", page: "-3", size: "7" })).toEqual({
      q: "ромашка",
      relation: "supplier",
      page: 1,
      size: 50,
    });
  });

  it("builds shareable URLs and resets the page when a filter changes", () => {
    const query = parseListQuery({ q: "a", page: "3" });
    expect(listHref("/t/x/counterparties", query, { relation: "customer" })).toBe(
      "/t/x/counterparties?q=a&relation=customer",
    );
    expect(listHref("/t/x/counterparties", query, { page: 4 })).toBe("/t/x/counterparties?q=a&page=4");
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});
