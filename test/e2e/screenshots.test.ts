/**
 * Screenshots for review, only when SHOTS_DIR is set (e.g. SHOTS_DIR=/tmp/shots npx vitest run --project e2e):
 * home, a province, a district and a commune page at 1280 px and at 390 px, full page.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext } from "../helpers/browser";
import { samplePages } from "../helpers/site";

const shots = process.env["SHOTS_DIR"];
const baseUrl = inject("baseUrl");
const outDir = inject("outDir");

describe.skipIf(!shots)("screenshots", () => {
  test("desktop 1280 px and phone 390 px", async () => {
    const dir = path.resolve(shots ?? ".");
    mkdirSync(dir, { recursive: true });
    const pages = samplePages(outDir);
    const browser = await launchBrowser();
    try {
      for (const [name, width, height, scale] of [["desktop", 1280, 900, 1], ["phone", 390, 844, 2]] as const) {
        const { context } = await newContext(browser, { viewport: { width, height }, deviceScaleFactor: scale });
        const page = await context.newPage();
        for (const type of ["home", "province", "district", "commune"] as const) {
          await page.goto(baseUrl + pages[type], { waitUntil: "networkidle" });
          const file = path.join(dir, `${type}-${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`[shot] ${file} ← ${pages[type]}`);
        }
        await context.close();
      }
      expect(true).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
