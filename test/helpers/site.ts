/** Building the site from a data directory and inspecting the result, for the end-to-end tests. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURES = path.join(ROOT, "test/fixtures");
export const VALID_DIR = path.join(FIXTURES, "valid");
export const defectDir = (name: string): string => path.join(FIXTURES, "defects", name);

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * `DATA_DIR=… OUT_DIR=… tsx scripts/build.ts`, on the Node that runs the tests (the `node`
 * devDependency), with node_modules/.bin first on PATH so the script's `astro` resolves locally.
 */
export function runBuild(dataDir: string, outDir: string): Promise<BuildResult> {
  const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const bin = path.join(ROOT, "node_modules/.bin");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // As `npm run build` does: vitest sets NODE_ENV=test, which would build React's development code.
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: "1",
    PATH: [bin, path.dirname(process.execPath), process.env["PATH"] ?? ""].join(path.delimiter),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, "scripts/build.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Every file under dir (posix relative path → sha256), sorted; directories are implied by the paths. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    const entries = readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else out.set(child, createHash("sha256").update(readFileSync(path.join(dir, child))).digest("hex"));
    }
  };
  walk("");
  return out;
}

/** Differences between two hashed trees, for a readable failure message. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) lines.push(`only in first: ${file}`);
    else if (other !== hash) lines.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) lines.push(`only in second: ${file}`);
  return lines;
}

/** Sub-directories of outDir/section that hold an index.html, sorted. */
export function pageSlugs(outDir: string, section: string): string[] {
  const dir = path.join(outDir, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "index.html")))
    .map((e) => e.name)
    .sort();
}

/** The built HTML of a page URL such as "/huyen/x/". */
export function htmlOf(outDir: string, url: string): string {
  return readFileSync(path.join(outDir, ...url.split("/").filter(Boolean), "index.html"), "utf8");
}

export type PageType =
  | "home" | "province" | "district" | "commune" | "targets" | "target" | "plans" | "plan" | "agencies" | "agency" | "method";

function first(outDir: string, section: string, prefer?: (slug: string) => boolean): string {
  const slugs = pageSlugs(outDir, section);
  const slug = slugs.find((s) => prefer?.(s) ?? false) ?? slugs[0];
  if (slug === undefined) throw new Error(`no page under /${section}/ in ${outDir}`);
  return `/${section}/${slug}/`;
}

const hrefs = (html: string, prefix: string): string[] =>
  [...html.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1] ?? "").filter((h) => h.startsWith(prefix));

/**
 * One URL of each page type, read from the built site. The district is Krông Pa (code 637) when
 * present: the valid fixture guarantees it, with successor communes; the commune is one the district
 * page links to; the province is the one whose page has the most ranking rows.
 */
export function samplePages(outDir: string): Record<PageType, string> {
  const district = first(outDir, "huyen", (s) => /^krong-pa-637/.test(s));
  const notice = /<section class="notice reform"[\s\S]*?<\/section>/.exec(htmlOf(outDir, district))?.[0] ?? "";
  const commune = hrefs(notice, "/xa/")[0] ?? first(outDir, "xa");
  const provinces = pageSlugs(outDir, "tinh").map((s) => `/tinh/${s}/`);
  const rows = (url: string): number => {
    const html = htmlOf(outDir, url);
    const table = /<table[^>]*data-sortable[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    return (/<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "").split("<tr").length - 1;
  };
  const province = [...provinces].sort((a, b) => rows(b) - rows(a))[0] ?? first(outDir, "tinh");
  return {
    home: "/",
    province,
    district,
    commune,
    targets: "/chi-tieu/",
    target: first(outDir, "chi-tieu"),
    plans: "/ke-hoach/",
    plan: first(outDir, "ke-hoach"),
    agencies: "/co-quan/",
    agency: first(outDir, "co-quan"),
    method: "/phuong-phap/",
  };
}

/** "2024-09" → "Tháng 9/2024", the label of a monthly table row. */
export const monthLabel = (period: string): string => {
  const [y, m] = period.split("-");
  return `Tháng ${Number(m)}/${y}`;
};

/**
 * A month missing from a unit's processing export inside that unit's own span: [unit code, "YYYY-MM"].
 * Read from the fixture, so the test follows the data rather than a hard-coded month.
 */
export function missingMonth(dataDir: string): [string, string] | undefined {
  const lines = readFileSync(path.join(dataDir, "exports/processing.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const byUnit = new Map<string, Set<string>>();
  for (const line of lines) {
    const [code, period] = line.split(/[,;]/);
    if (code === undefined || period === undefined || !/^\d{4}-\d{2}$/.test(period)) continue;
    byUnit.set(code, (byUnit.get(code) ?? new Set()).add(period));
  }
  for (const [code, periods] of byUnit) {
    const sorted = [...periods].sort();
    const [y0, m0] = (sorted[0] ?? "").split("-").map(Number);
    const last = sorted.at(-1) ?? "";
    if (y0 === undefined || m0 === undefined) continue;
    for (let y = y0, m = m0; ; ) {
      const p = `${y}-${String(m).padStart(2, "0")}`;
      if (p >= last) break;
      if (!periods.has(p)) return [code, p];
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  return undefined;
}
