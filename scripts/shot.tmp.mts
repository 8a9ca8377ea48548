import { chromium } from "@playwright/test";
import { findChromium } from "/work/main/scripts/lib/chromium";
const base = process.env.BASE ?? "http://localhost:3000";
const [email, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium() });
const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 1000 }, locale: process.env.LANG_CODE ?? "ru-RU" });
const csrf = await (await context.request.get("/api/auth/csrf")).json();
await context.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password: "demo-password", json: "true" } });
const page = await context.newPage();
page.on("console", (m) => { if (m.type() === "error") console.log("console error:", m.text()); });
for (const [i, p] of pages.entries()) {
  const t = Date.now();
  await page.goto(p);
  await page.waitForLoadState("load"); await page.waitForTimeout(800);
  console.log(p, Date.now() - t, "ms");
  await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: true });
}
await browser.close();
