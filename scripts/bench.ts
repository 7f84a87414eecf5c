/**
 * npm run bench — how fast the pipeline is and how big the site is, on the bundled data.
 * Timings are medians of repeated runs on this machine; sizes are read from dist/ (build first).
 *   npm run bench            timings + sizes
 *   npm run bench -- --build also times one full `npm run build`
 *   npm run bench -- --validate   only the validator at scale: 2,000,000 generated rows in one file and in
 *                                 twenty, all valid and all invalid, each run in its own process (rows/s, peak memory)
 *   npm run bench -- --search only the search benchmark (scripts/bench/search.ts)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { validateDataDir } from "../src/ingest/validate";
import { buildModel } from "../src/site/model";
import { unitPageModel } from "../src/site/unit-page";
import { unitFigures } from "../src/site/figures/unit-figures";
import { DEFAULT_VIEW } from "../src/lib/chart-view";
import { readCentroids } from "../src/site/tile-layout";
import { searchBench } from "./bench/search";

const dataDir = process.env["DATA_DIR"] ?? "data";

// --- validator at scale ------------------------------------------------------------------------------------
if (process.argv.includes("--validate")) {
  const { generateDataDir } = await import("./bench-data");
  const { rmSync } = await import("node:fs");
  const ROWS = Number(process.env["BENCH_ROWS"] ?? 2_000_000);
  console.log(`validate at scale: ${ROWS} generated form-06 rows (aim: ≥ 200000 rows/s, ≤ 1 GB peak, report in < 30 s)`);
  for (const files of [1, 20])
    for (const valid of [true, false]) {
      const generated = generateDataDir(ROWS, files, valid);
      const start = performance.now();
      // A process of its own per case: its peak resident memory is this case's alone.
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", "-e", `
          import("./src/ingest/validate.ts").then(({ runValidation }) => {
            let issues = 0;
            const run = runValidation(${JSON.stringify(generated.dir)}, () => issues++);
            const read = run.accounts.reduce((n, a) => n + a.read, 0);
            console.log(JSON.stringify({ read, issues, peak: process.resourceUsage().maxRSS * 1024 }));
          });`],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const seconds = (performance.now() - start) / 1000;
      const result = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { read: number; issues: number; peak: number };
      rmSync(generated.dir, { recursive: true, force: true });
      console.log(
        `  ${files === 1 ? "1 file  " : `${files} files`} ${valid ? "valid  " : "invalid"}  ${result.read} rows, ${result.issues} issues: ` +
          `${seconds.toFixed(1)} s, ${Math.round(result.read / seconds)} rows/s, peak ${(result.peak / 2 ** 20).toFixed(0)} MB`,
      );
    }
  process.exit(0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(runs: number, f: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = f();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result: result as T };
}

const rows: [string, string][] = [];
if (process.argv.includes("--search")) {
  const records = validateDataDir(dataDir).records;
  for (const [label, value] of await searchBench(buildModel(records))) console.log(`${label.padEnd(64)}  ${value}`);
  process.exit(0);
}
const validation = time(5, () => validateDataDir(dataDir));
const rowCount = validation.result.accounts.reduce((n, a) => n + a.read, 0);
rows.push([`validate ${dataDir}/ (${rowCount} rows)`, `${validation.ms.toFixed(0)} ms`]);
const centroids = time(3, () => readCentroids(dataDir));
rows.push(["read boundaries → centroids", `${centroids.ms.toFixed(0)} ms`]);
const model = time(3, () => buildModel(validation.result.records, centroids.result));
rows.push([`build site model (${model.result.pages.length} unit pages)`, `${model.ms.toFixed(0)} ms`]);
const district = model.result.pages.find((u) => u.level === "district" && u.hasData);
if (district) {
  const charts = time(3, () => unitFigures(unitPageModel(model.result, district).figures, DEFAULT_VIEW));
  rows.push([`charts of one district page (${district.fullName}, ${charts.result.length} charts × 2 widths)`, `${charts.ms.toFixed(0)} ms`]);
}
if (process.argv.includes("--build")) {
  const start = performance.now();
  execFileSync("npm", ["run", "-s", "build"], { stdio: "ignore" });
  rows.push(["full build (npm run build)", `${((performance.now() - start) / 1000).toFixed(1)} s`]);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

if (existsSync("dist")) {
  const files = walk("dist");
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  rows.push([`dist/: ${files.length} files`, `${(total / 1e6).toFixed(1)} MB`]);
  const sample = (label: string, pattern: RegExp) => {
    const pages = files.filter((f) => pattern.test(f));
    if (pages.length === 0) return;
    const raw = pages.map((f) => statSync(f).size);
    const gz = pages.map((f) => gzipSync(readFileSync(f), { level: 9 }).length);
    rows.push([`${label} (${pages.length}): median HTML / gzip`, `${(median(raw) / 1024).toFixed(0)} KB / ${(median(gz) / 1024).toFixed(0)} KB`]);
  };
  sample("district pages", /dist\/huyen\/[^/]+\/index\.html$/);
  sample("commune pages", /dist\/xa\/[^/]+\/index\.html$/);
  sample("province pages", /dist\/tinh\/[^/]+\/index\.html$/);
  sample("target pages", /dist\/chi-tieu\/[^/]+\/index\.html$/);
  sample("home page", /dist\/index\.html$/);
  sample("unit data files", /dist\/api\/don-vi\/[^/]+\.json$/);
  const js = files.filter((f) => f.endsWith(".js"));
  rows.push([`JavaScript files (${js.length}), gzip total`, `${(js.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024).toFixed(1)} KB`]);
}

// Search: latency in Chromium, shard sizes and recall, three designs side by side.
rows.push(...(await searchBench(model.result)));

const width = Math.max(...rows.map((r) => r[0].length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
