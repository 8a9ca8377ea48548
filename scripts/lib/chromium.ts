import { existsSync } from "node:fs";

/** The browser for end-to-end tests: CHROMIUM_PATH, else Debian's. Playwright cannot download one here. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

export const CHROMIUM_MISSING =
  "No Chromium found for the end-to-end tests. Install Debian's package (`sudo apt-get install -y chromium`) " +
  "or set CHROMIUM_PATH to a Chromium or Chrome binary.";
