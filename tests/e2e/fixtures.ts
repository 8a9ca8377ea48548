import { test as base, expect } from "@playwright/test";

/**
 * Every page fails its test on a browser error: an uncaught exception or a console.error. Failed resource loads
 * are left out because the tests that visit 404 pages assert the status themselves.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        errors.push(message.text());
    });
    await provide(page);
    expect(errors, "browser errors").toEqual([]);
  },
});

export { expect };
