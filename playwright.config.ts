import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_MISSING, findChromium } from "./scripts/lib/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL,
    locale: "ru-RU",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // Without the background-networking flags Chromium keeps calling out into a closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // One process runs a fresh database, migrations, the seed and `next start` on the production build.
  webServer: {
    command: "node_modules/.bin/tsx --conditions=react-server scripts/start.ts --fresh",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      NEXTAUTH_URL: baseURL,
      // A new one each run: a published secret is refused in production (src/domain/auth/app-secret.ts).
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      CRM_DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54332",
      SMTP_URL: "",
      // The company mail server of the e-mail test listens on this machine (src/server/mail/public-mail-host.ts).
      TENANT_SMTP_ALLOW_INTERNAL: "1",
      // --fresh drops the database: only ever the embedded one, or one named for the purpose.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    },
  },
});
