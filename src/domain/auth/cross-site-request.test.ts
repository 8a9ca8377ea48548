import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./cross-site-request";

const APP = "https://crm.example.com";
const check = (method: string, origin: string | null, secFetchSite: string | null = null) =>
  isCrossSiteRequest(method, { origin, secFetchSite }, APP);

describe("a cross-site request to a route that changes something", () => {
  it("is a POST from another origin, or one the browser marks as cross-site", () => {
    expect(check("POST", "https://evil.example")).toBe(true);
    expect(check("POST", "https://crm.example.com.evil.example")).toBe(true);
    expect(check("POST", "http://crm.example.com")).toBe(true);
    expect(check("POST", "null")).toBe(true);
    expect(check("PUT", null, "cross-site")).toBe(true);
    expect(check("DELETE", null, "same-site")).toBe(true);
  });

  it("is not the app's own POST, a read, or a client that is not a browser", () => {
    expect(check("POST", "https://crm.example.com")).toBe(false);
    expect(check("POST", null, "same-origin")).toBe(false);
    expect(check("GET", "https://evil.example", "cross-site")).toBe(false);
    expect(check("POST", null, null)).toBe(false);
  });
});
