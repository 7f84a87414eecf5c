/**
 * Charts a reader drives, timed in Chromium on a throttled phone: 4× CPU slowdown and a slow-3G
 * network (400 ms latency, 400 kbit/s down), cache empty, files sent gzipped as a real host sends them. Two timings, medians of several runs:
 * the first click on "Quý" to the updated chart, and opening a permalink to its view drawn.
 * The sizes of the runtime loaded on first interaction, by part, come with them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/helpers/browser";
import { startStaticServer } from "../../test/helpers/server";

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

const drawn = (page: Page) => page.locator("[data-view-status]", { hasText: /^Đã vẽ lại biểu đồ/ }).waitFor({ timeout: 120_000 });

export async function interactionBench(dist: string, districtPath: string): Promise<[string, string][]> {
  const server = await startStaticServer(dist, { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const click: number[] = [];
  const link: number[] = [];
  const runtime = new Map<string, number>();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
      const page = await context.newPage();
      await throttle(page);
      page.on("response", (r) => {
        const u = new URL(r.url()).pathname;
        if (u.startsWith("/_astro/") || u.startsWith("/api/"))
          void r.body().then((b) => runtime.set(u, gzipSync(b, { level: 9 }).length)).catch(() => undefined);
      });
      await page.goto(server.url + districtPath, { waitUntil: "load", timeout: 120_000 });
      runtime.clear();
      const start = await page.evaluate(() => performance.now());
      await page.locator('.view-controls button[data-granularity="quarter"]').click();
      await drawn(page);
      click.push((await page.evaluate(() => performance.now())) - start);
      await context.close();

      const second = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
      const permalink = await second.newPage();
      await throttle(permalink);
      const opened = Date.now();
      await permalink.goto(`${server.url}${districtPath}?ky=quy&tu=2024-01`, { waitUntil: "commit", timeout: 120_000 });
      await drawn(permalink);
      link.push(Date.now() - opened);
      await second.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const parts = [...runtime].sort(([a], [b]) => (a < b ? -1 : 1));
  const total = parts.filter(([u]) => u.startsWith("/_astro/")).reduce((n, [, s]) => n + s, 0);
  return [
    [`first click on "Quý" → chart redrawn (4× CPU, slow 3G, median of ${RUNS})`, `${(median(click) / 1000).toFixed(2)} s (aim < 1.5 s)`],
    [`permalink opened → its view drawn (4× CPU, slow 3G, median of ${RUNS})`, `${(median(link) / 1000).toFixed(2)} s (aim < 3 s)`],
    ["runtime loaded on first interaction, gzip", `${(total / 1024).toFixed(1)} KB (budget 200 KB)`],
    ...parts.map(([u, s]): [string, string] => [`  ${path.basename(u)}`, `${(s / 1024).toFixed(1)} KB`]),
  ];
}

/** The district page the benchmarks open: the first one in dist/. */
export function firstDistrictPage(dist: string): string {
  const slug = readdirSync(path.join(dist, "huyen")).sort()[0];
  if (slug === undefined || !readFileSync(path.join(dist, "huyen", slug, "index.html"), "utf8").includes("view-controls")) throw new Error("no district page with chart options in dist/");
  return `/huyen/${slug}/`;
}
