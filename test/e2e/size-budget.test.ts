/**
 * Size budgets on the bundled data, from a build of `data/` (deterministic: the same data give the
 * same bytes): no pre-rendered chart variants, page weights, and the code a first interaction loads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, runBuild } from "../helpers/site";

const KB = 1024;
const gz = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;
let work: string;
let out: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "mbmc-size-"));
  out = path.join(work, "site");
  const build = await runBuild(path.join(ROOT, "data"), out);
  if (build.code !== 0) throw new Error(`building the bundled data failed:\n${build.output}`);
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const pagesOf = (section: string) =>
  readdirSync(path.join(out, section)).map((slug) => {
    const body = readFileSync(path.join(out, section, slug, "index.html"));
    return { slug, raw: body.length, gzip: gz(body) };
  });
const largest = <T extends { raw: number; gzip: number }>(xs: T[], key: "raw" | "gzip") => [...xs].sort((a, b) => b[key] - a[key])[0]!;

describe("the bundled site's sizes", () => {
  test("charts are inline: no SVG file is built besides the public icons", () => {
    const svgs = files(out).filter((f) => f.endsWith(".svg")).map((f) => path.relative(out, f));
    const publicSvgs = files(path.join(ROOT, "public")).filter((f) => f.endsWith(".svg")).map((f) => path.relative(path.join(ROOT, "public"), f));
    expect(svgs.sort()).toEqual(publicSvgs.sort());
  });

  test("district pages: at most 300 KB raw and 60 KB gzip each", () => {
    const pages = pagesOf("huyen");
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const raw = largest(pages, "raw");
    const gzip = largest(pages, "gzip");
    console.log(`[budget] ${pages.length} district pages; largest raw ${raw.slug} ${(raw.raw / KB).toFixed(1)} KB, largest gzip ${gzip.slug} ${(gzip.gzip / KB).toFixed(1)} KB`);
    expect(raw.raw).toBeLessThanOrEqual(300 * KB);
    expect(gzip.gzip).toBeLessThanOrEqual(60 * KB);
  });

  test("commune pages: at most 25 KB gzip each", () => {
    const pages = pagesOf("xa");
    expect(pages.length).toBeGreaterThanOrEqual(100);
    const gzip = largest(pages, "gzip");
    console.log(`[budget] ${pages.length} commune pages; largest gzip ${gzip.slug} ${(gzip.gzip / KB).toFixed(1)} KB`);
    expect(gzip.gzip).toBeLessThanOrEqual(25 * KB);
  });

  // A page loads the drawing code of its own kind only: a unit page never asks for the province's.
  test.each([
    ["district", "huyen", /\/province-drawing\./],
    ["province", "tinh", /\/unit-drawing\./],
  ])("the code a first interaction on a %s page loads (island, React, runtime, charts, all they import) is at most 200 KB gzip", (_kind, section, other) => {
    const html = readFileSync(path.join(out, section, readdirSync(path.join(out, section))[0]!, "index.html"), "utf8");
    const entries = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!);
    expect(entries.length).toBe(2);
    const seen = new Map<string, number>();
    const visit = (url: string) => {
      if (seen.has(url) || other.test(url)) return;
      const code = readFileSync(path.join(out, ...url.split("/").filter(Boolean)), "utf8");
      seen.set(url, gz(code));
      // Static and dynamic imports (Vite writes those with backticks), and the files Vite preloads with
      // them (listed as "_astro/…" in its dependency map): the view's first drawing needs them all.
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]((?:\.{1,2}\/|\/_astro\/)[^"'`]+\.js)["'`]/g)) visit(new URL(m[1]!, `http://x${url}`).pathname);
      for (const m of code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)) visit(`/${m[1]!}`);
    };
    for (const e of entries) visit(e);
    const total = [...seen.values()].reduce((a, b) => a + b, 0);
    console.log(`[budget] first interaction on /${section}/: ${seen.size} files, ${(total / KB).toFixed(1)} KB gzip${[...seen].map(([u, n]) => `\n  ${u} ${(n / KB).toFixed(1)} KB`).join("")}`);
    expect(total).toBeGreaterThan(100 * KB); // React and Plot are in it: the walk found the graph
    expect(total).toBeLessThanOrEqual(200 * KB);
  });

  test("the whole site: reported, with a ceiling that catches pre-rendered variants coming back", () => {
    const total = files(out).reduce((n, f) => n + statSync(f).size, 0);
    console.log(`[budget] dist ${(total / KB / KB).toFixed(1)} MB`);
    // 124 MB with pre-rendered variants, 56 MB with each chart drawn once per width; 42 MB with
    // charts compacted (charts/compact.ts). The phone-width copies are most of the rest (see README).
    expect(total).toBeLessThanOrEqual(46 * KB * KB);
  });
});
