/**
 * The data checker /kiem-tra/ in Chromium: every defect fixture and every layout fixture picked as a
 * folder gives the JSON report `npm run validate -- <dir> --json` gives (paths taken relative to the
 * folder, the only thing that must differ); a 50 MB workbook, generated here, is validated while the
 * page keeps drawing frames; the report passes axe; nothing leaves the machine.
 */
import AxeBuilder from "@axe-core/playwright";
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext, type GuardedContext } from "../helpers/browser";
import { largeProcessingWorkbook, largeUnitsCsv } from "../helpers/workbooks";

const baseUrl = inject("baseUrl");
const workDir = inject("workDir");
const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures");
const DIRS = [
  ...readdirSync(path.join(FIXTURES, "defects"))
    .sort()
    .map((d) => `defects/${d}`),
  "form06",
  "form06-flat",
  "period-spellings",
];

interface JsonReport {
  dir: string;
  issues: { file: string; [k: string]: unknown }[];
  accounts: { file: string; [k: string]: unknown }[];
  ok: boolean;
  errors: number;
  warnings: number;
}

/** The CLI names files by the directory it was given; the page by the picked folder's own paths. */
function relativeTo(dir: string, json: string): JsonReport {
  const report = JSON.parse(json) as JsonReport;
  const strip = (f: string) => (f.startsWith(`${dir}/`) ? f.slice(dir.length + 1) : f);
  return {
    ...report,
    dir: "",
    issues: report.issues.map((i) => ({ ...i, file: strip(i.file) })),
    accounts: report.accounts.map((a) => ({ ...a, file: strip(a.file) })),
  };
}

async function cliJson(dir: string): Promise<JsonReport> {
  const rel = path.relative(ROOT, path.join(FIXTURES, dir));
  const run = await promisify(execFile)("npx", ["tsx", "scripts/validate.ts", rel, "--json"], { cwd: ROOT, encoding: "utf8" }).catch(
    (e: { stdout: string }) => e,
  );
  return relativeTo(rel, run.stdout);
}

let browser: Browser;
let guarded: GuardedContext;
const cli = new Map<string, JsonReport>();

beforeAll(async () => {
  browser = await launchBrowser();
  guarded = await newContext(browser, { acceptDownloads: true });
  // Two at a time: the machine is shared.
  const queue = [...DIRS];
  await Promise.all(
    [0, 1].map(async () => {
      for (let d = queue.shift(); d !== undefined; d = queue.shift()) cli.set(d, await cliJson(d));
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

async function openChecker(): Promise<Page> {
  const page = await guarded.context.newPage();
  await page.goto(`${baseUrl}/kiem-tra/`, { waitUntil: "load" });
  await hydrate(page);
  return page;
}

/** The island hydrates on interaction, not on load: reaching a picker by keyboard or pointer is one. */
async function hydrate(page: Page): Promise<void> {
  const island = page.locator("astro-island");
  expect(await island.evaluate((el) => el.hasAttribute("ssr"))).toBe(true);
  await page.locator("input[data-pick=folder]").focus();
  await expect.poll(() => island.evaluate((el) => el.hasAttribute("ssr"))).toBe(false);
}

async function pickFolder(page: Page, dir: string): Promise<void> {
  await page.locator("input[data-pick=folder]").setInputFiles(dir);
  await page.locator("#check-verdict").waitFor({ timeout: 240_000 });
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return readFileSync(await download.path(), "utf8");
}

describe("the page reports what validate --json reports", () => {
  test.each(DIRS)("%s", async (dir) => {
    const page = await openChecker();
    try {
      await pickFolder(page, path.join(FIXTURES, dir));
      const json = await downloaded(page, "Tải báo cáo JSON");
      const report = relativeTo(path.basename(dir), json);
      expect(report).toEqual(cli.get(dir));
      // The verdict and the row accounting on the page are the report's.
      const verdict = await page.locator("#check-verdict").textContent();
      expect(verdict).toBe(report.ok ? `Hợp lệ: ${report.warnings} cảnh báo.` : `Không hợp lệ: ${report.errors} lỗi, ${report.warnings} cảnh báo.`);
      expect(await page.locator("table[data-accounts] tbody tr").count()).toBe(report.accounts.length);
      expect(await page.locator("[data-issues] li").count()).toBe(Math.min(200, report.issues.length));
    } finally {
      await page.close();
    }
  });
});

describe("the report on the page", () => {
  test("locates each issue, filters by severity and file, and downloads a formula-safe CSV with BOM", async () => {
    const page = await openChecker();
    try {
      await pickFolder(page, path.join(FIXTURES, "defects/bad-count"));
      const items = page.locator("[data-issues] li");
      await expect.poll(() => items.count()).toBe(1);
      const text = await items.first().innerText();
      expect(text).toContain("exports/processing.csv:3:4");
      expect(text).toContain("received_online");
      expect(text).toContain("12a");
      await page.locator("select[data-filter=severity]").selectOption("warning");
      expect(await items.count()).toBe(0);
      await page.locator("select[data-filter=severity]").selectOption("all");
      await page.locator("select[data-filter=file]").selectOption("exports/processing.csv");
      expect(await items.count()).toBe(1);
      const csv = await downloaded(page, "Tải báo cáo CSV (Excel)");
      expect(csv.startsWith("\uFEFFmức độ / severity,")).toBe(true);
      expect(csv).toContain("lỗi / error,exports/processing.csv,,,3,4,received_online,12a,");
    } finally {
      await page.close();
    }
  });

  test("names a workbook issue by sheet and cell", async () => {
    const page = await openChecker();
    try {
      await pickFolder(page, path.join(FIXTURES, "defects/workbook-negative-count"));
      const where = await page.locator("[data-issues] li .where").allTextContents();
      expect(where.some((w) => /^exports\/processing\.xlsx › .+ › [A-Z]+\d+$/.test(w))).toBe(true);
    } finally {
      await page.close();
    }
  });

  test("previews the unit page's figures for the unit chosen, marked as a preview, and passes axe", async () => {
    const page = await openChecker();
    try {
      await pickFolder(page, path.join(FIXTURES, "form06"));
      await expect(page.locator("#check-preview-title").textContent()).resolves.toContain("Xem trước");
      const select = page.locator("select[data-preview-unit]");
      const options = await select.locator("option").allTextContents();
      expect(options).toEqual(["Huyện Krông Pa", "Thị trấn Phú Túc", "Xã Ia RSai", "Xã Uar", "Xã Chư Rcăm"]);
      await select.selectOption({ label: "Xã Uar" });
      const title = page.locator("[data-preview-chart] .plot-wide svg title").first();
      await expect.poll(() => title.textContent()).toBe("Giải quyết hồ sơ đúng hạn: Xã Uar");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(guarded.blocked).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("offline", () => {
  test("once used, the page, its island, the worker and the chart code come from the service worker's cache", async () => {
    const offline = await newContext(browser, { serviceWorkers: "allow" });
    try {
      const page = await offline.context.newPage();
      await page.goto(`${baseUrl}/kiem-tra/`, { waitUntil: "load" });
      await hydrate(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await offline.context.setOffline(true);
      await page.reload({ waitUntil: "load" });
      await hydrate(page);
      await pickFolder(page, path.join(FIXTURES, "form06"));
      expect(await page.locator("#check-verdict").textContent()).toBe("Hợp lệ: 1 cảnh báo.");
      await page.locator("[data-preview-chart] svg").first().waitFor();
    } finally {
      await offline.context.close();
    }
  });
});

describe("a 50 MB workbook", () => {
  test("is validated in the worker while the page keeps drawing frames", { timeout: 300_000 }, async () => {
    const dir = path.join(workDir, "kiem-tra-lon");
    const workbook = largeProcessingWorkbook(50 * 1024 * 1024);
    expect(workbook.bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    mkdirSync(path.join(dir, "exports"), { recursive: true });
    writeFileSync(path.join(dir, "exports/processing.xlsx"), workbook.bytes);
    writeFileSync(path.join(dir, "units.csv"), largeUnitsCsv(workbook.districts));
    const page = await openChecker();
    try {
      await page.evaluate(() => {
        const w = window as unknown as { longestFrameGap: number; frames: number };
        w.longestFrameGap = 0;
        w.frames = 0;
        let last = performance.now();
        // Until the report shows: drawing it afterwards is the page's work, not the validation's.
        const tick = (now: number) => {
          if (document.getElementById("check-verdict") !== null) return;
          w.longestFrameGap = Math.max(w.longestFrameGap, now - last);
          w.frames++;
          last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await pickFolder(page, dir);
      const heartbeat = await page.evaluate(() => {
        const w = window as unknown as { longestFrameGap: number; frames: number };
        return { longestFrameGap: w.longestFrameGap, frames: w.frames };
      });
      const ms = Number(await page.locator("[data-ms]").getAttribute("data-ms"));
      console.log(`50 MB workbook: ${workbook.rows} rows, ${ms} ms in the worker, longest frame gap ${Math.round(heartbeat.longestFrameGap)} ms`);
      expect(await page.locator("#check-verdict").textContent()).toBe("Hợp lệ: 0 cảnh báo.");
      const rows = await page.locator("table[data-accounts] tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(rows).toContainEqual([
        "exports/processing.xlsx › processing",
        "exports/processing",
        ...[workbook.rows, workbook.rows, 0].map((n) => n.toLocaleString("vi-VN")),
      ]);
      // A page frozen for the validation would miss every frame until it ends; a second is generous on a busy machine.
      expect(heartbeat.frames).toBeGreaterThan(10);
      expect(heartbeat.longestFrameGap).toBeLessThan(1000);
    } finally {
      await page.close();
    }
  });
});
