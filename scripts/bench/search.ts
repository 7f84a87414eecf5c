/**
 * Search benchmark: latency p50/p95 in Chromium, shard sizes (gzip) and recall@5 on a fixed query
 * set, for the shipped design, Fuse.js alone and MiniSearch, on the bundled corpus and on a national
 * one (every unit in ../shared/reference plus the bundled plans, tasks, targets and agencies × 10).
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../test/helpers/browser";
import { BUNDLED_QUERIES } from "../../test/search/queries";
import { buildShards } from "../../src/search/build";
import type { SearchDoc } from "../../src/search/types";
import type { SiteModel } from "../../src/site/model";
import { searchDocuments } from "../../src/site/search";

// The unit lists sit beside the repository (../shared/reference); worktrees are one level deeper.
const REFERENCE = process.env["REFERENCE_DIR"] ?? ["../shared/reference", "../../shared/reference"].map((p) => path.resolve(p)).find((p) => existsSync(p)) ?? "../shared/reference";
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(REFERENCE, file), "utf8"), { header: true, skipEmptyLines: true }).data;

/** Every unit before and after the reform, worded like the site's place documents. */
function nationalPlaces(): SearchDoc[] {
  const old = csv("units-pre-2025.csv");
  const now = csv("units-2025.csv");
  const oldBy = new Map(old.map((u) => [`${u["level"]}:${u["code"]}`, u]));
  const nowBy = new Map(now.map((u) => [`${u["level"]}:${u["code"]}`, u]));
  const successors = new Map<string, Set<string>>();
  const formedFrom = new Map<string, Set<string>>();
  for (const c of csv("crosswalk-2025.csv")) {
    const n = nowBy.get(`commune:${c["new_commune_code"]}`)?.["full_name"];
    const o = oldBy.get(`commune:${c["old_commune_code"]}`)?.["full_name"];
    if (!n || !o) continue;
    for (const key of [`commune:${c["old_commune_code"]}`, `district:${c["old_district_code"]}`]) successors.set(key, (successors.get(key) ?? new Set()).add(n));
    formedFrom.set(`commune:${c["new_commune_code"]}`, (formedFrom.get(`commune:${c["new_commune_code"]}`) ?? new Set()).add(o));
  }
  const doc = (u: Record<string, string>, ended: boolean, by: Map<string, Record<string, string>>): SearchDoc => {
    const parents: string[] = [];
    for (let p = by.get(`${u["level"] === "commune" ? "district" : "province"}:${u["parent_code"]}`) ?? (u["level"] === "commune" ? by.get(`province:${u["parent_code"]}`) : undefined); p; p = p["parent_code"] ? by.get(`province:${p["parent_code"]}`) : undefined) parents.push(p["full_name"] ?? "");
    const key = `${u["level"]}:${u["code"]}`;
    const fields = ended ? [...(successors.get(key) ?? [])].slice(0, 20) : [...(formedFrom.get(key) ?? [])];
    const name = (u["name"] ?? "").split(/\s+/);
    return {
      id: `${ended ? "old" : "new"}:${key}`, type: "place", title: u["full_name"] ?? "", url: "/",
      context: [...parents, ended ? "trước 1/7/2025" : "từ 1/7/2025"].join(", "),
      fields: fields.length > 0 ? [`${ended ? "Nay thuộc" : "Hình thành từ"}: ${fields.join(", ")}`] : [],
      ...(name.length > 1 ? { keywords: name.join("") } : {}),
    };
  };
  return [...old.map((u) => doc(u, true, oldBy)), ...now.map((u) => doc(u, false, nowBy))];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

export async function searchBench(site: SiteModel): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const bundled = searchDocuments(site);
  const others = bundled.filter((d) => d.type !== "place");
  const corpora: [string, SearchDoc[]][] = [["bundled", bundled]];
  if (existsSync(path.join(REFERENCE, "units-pre-2025.csv"))) {
    const copies = Array.from({ length: 10 }, (_, k) => others.map((d) => ({ ...d, id: `${d.id}#${k}` }))).flat();
    corpora.push(["national", [...nationalPlaces(), ...copies]]);
  } else rows.push(["national corpus", `skipped: no ${REFERENCE}/units-pre-2025.csv`]);

  const bundle = await build({ entryPoints: [path.resolve("scripts/bench/search-engines.ts")], bundle: true, format: "iife", write: false, minify: true, platform: "browser" });
  const script = bundle.outputFiles[0]?.text ?? "";
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const [name, docs] of corpora) {
      const shards = buildShards(docs);
      const counts = shards.map((s) => `${s.type} ${s.docs.length}`).join(", ");
      rows.push([`search ${name} corpus: ${docs.length} documents`, counts]);
      for (const s of shards) {
        const json = JSON.stringify(s);
        rows.push([`  shard ${s.type}.json raw / gzip`, `${(json.length / 1024).toFixed(0)} KB / ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB`]);
      }
      const page = await (await browser.newContext()).newPage();
      await page.setContent("<!doctype html><title>bench</title>");
      await page.addScriptTag({ content: script });
      const reps = { shipped: 7, minisearch: 7, fuse: name === "national" ? 1 : 3 };
      const result = await page.evaluate(
        ([s, d, q, r]) => window.benchSearch(s, d, q, r),
        [JSON.stringify(shards), JSON.stringify(docs), BUNDLED_QUERIES.map((e) => ({ ...e })), reps] as const,
      );
      for (const [engine, r] of Object.entries(result)) {
        rows.push([
          `  ${engine.padEnd(10)} p50 / p95 / setup, recall@5 (${BUNDLED_QUERIES.length} queries)`,
          `${percentile(r.samples, 50).toFixed(1)} / ${percentile(r.samples, 95).toFixed(1)} / ${r.setupMs.toFixed(0)} ms, ${r.found}/${BUNDLED_QUERIES.length}`,
        ]);
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
