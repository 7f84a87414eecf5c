/**
 * JavaScript budget of a district page before any interaction: at most 30 KB gzipped.
 * (a) measured in the browser; (b) computed from the built HTML alone, deterministically.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { launchBrowser, newContext } from "../helpers/browser";
import { htmlOf, samplePages } from "../helpers/site";

const baseUrl = inject("baseUrl");
const outDir = inject("outDir");
const pages = samplePages(outDir);
const BUDGET = 30 * 1024;

const gz = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(2)} KB`;
const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"]);

describe("JavaScript before interaction on a district page", () => {
  test("(a) in the browser: gzip of every JS response plus inline scripts ≤ 30 KB", async () => {
    const browser = await launchBrowser();
    try {
      const { context, blocked } = await newContext(browser);
      const page = await context.newPage();
      const scripts: { url: string; gzip: number; raw: number }[] = [];
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        const contentType = response.headers()["content-type"] ?? "";
        if (type !== "script" && !/javascript|ecmascript/.test(contentType)) return;
        pending.push(
          response.body().then((body) => {
            scripts.push({ url: new URL(response.url()).pathname, gzip: gz(body), raw: body.length });
          }),
        );
      });
      await page.goto(baseUrl + pages.district, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      await Promise.all(pending);
      const inline = await page.evaluate(() =>
        Array.from(document.querySelectorAll("script:not([src])"))
          .filter((s) => ["", "module", "text/javascript", "application/javascript"].includes((s.getAttribute("type") ?? "").toLowerCase()))
          .map((s) => s.textContent ?? ""),
      );
      await context.close();
      const external = scripts.reduce((n, s) => n + s.gzip, 0);
      const inlined = inline.reduce((n, s) => n + gz(s), 0);
      const total = external + inlined;
      console.log(
        `[budget a] ${pages.district}: ${scripts.length} JS response(s) ${kb(external)} gzip` +
          `${scripts.map((s) => `\n  ${s.url}: ${s.raw} B raw, ${s.gzip} B gzip`).join("")}` +
          `\n  ${inline.length} inline script(s): ${inlined} B gzip\n  total ${kb(total)} of ${kb(BUDGET)}`,
      );
      expect(blocked).toEqual([]);
      expect(total).toBeLessThanOrEqual(BUDGET);
    } finally {
      await browser.close();
    }
  });

  test("(b) from the built HTML: <script src> (with static imports) and inline scripts, gzip ≤ 30 KB", () => {
    const { document } = parseHTML(htmlOf(outDir, pages.district));
    const seen = new Set<string>();
    const files: { url: string; gzip: number }[] = [];
    const fileFor = (url: string) => path.join(outDir, ...new URL(url, `http://x${pages.district}`).pathname.split("/").filter(Boolean));
    const addFile = (url: string, from: string) => {
      const pathname = new URL(url, `http://x${from}`).pathname;
      if (seen.has(pathname)) return;
      seen.add(pathname);
      const code = readFileSync(fileFor(pathname), "utf8");
      files.push({ url: pathname, gzip: gz(code) });
      // Static imports load before the script runs; dynamic import() waits for interaction.
      for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) {
        const spec = m[1] ?? "";
        if (spec.startsWith(".") || spec.startsWith("/")) addFile(spec, pathname);
      }
    };
    let inline = 0;
    let inlineCount = 0;
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const type = (script.getAttribute("type") ?? "").toLowerCase();
      if (!JS_TYPES.has(type)) continue;
      const src = script.getAttribute("src");
      if (src) {
        expect(/^(https?:)?\/\//.test(src), `script ${src} is served by the site`).toBe(false);
        addFile(src, pages.district);
      } else {
        inline += gz(script.textContent ?? "");
        inlineCount += 1;
      }
    }
    for (const link of Array.from(document.querySelectorAll('link[rel="modulepreload"]'))) addFile(link.getAttribute("href") ?? "", pages.district);
    const total = files.reduce((n, f) => n + f.gzip, 0) + inline;
    console.log(
      `[budget b] ${pages.district}: ${files.length} file(s)${files.map((f) => `\n  ${f.url}: ${f.gzip} B gzip`).join("")}` +
        `\n  ${inlineCount} inline script(s): ${inline} B gzip\n  total ${kb(total)} of ${kb(BUDGET)}`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
