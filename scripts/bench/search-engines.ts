/** Bundled into the benchmark page: the shipped design, Fuse.js alone and MiniSearch, over the same documents. */
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { foldVietnamese, foldedWords } from "../../src/lib/vietnamese";
import { SearchIndex } from "../../src/search/query";
import type { SearchDoc, Shard } from "../../src/search/types";

type Top = { type: string; title: string }[];
interface Engine { search(q: string): Top }

function shipped(shards: Shard[]): Engine {
  const ix = new SearchIndex(shards);
  return { search: (q) => ix.search(q, { limit: 5 }).hits.map((h) => ({ type: h.type, title: h.title.text })) };
}

function fuseAlone(docs: SearchDoc[]): Engine {
  const items = docs.map((d) => ({ d, t: foldVietnamese(d.title), c: foldVietnamese(d.context), f: foldVietnamese(d.fields.join(" ")) }));
  const fuse = new Fuse(items, { keys: [{ name: "t", weight: 3 }, { name: "c", weight: 1 }, { name: "f", weight: 1 }], ignoreLocation: true, threshold: 0.4 });
  return { search: (q) => fuse.search(foldVietnamese(q), { limit: 5 }).map((r) => ({ type: r.item.d.type, title: r.item.d.title })) };
}

function mini(docs: SearchDoc[]): Engine {
  const ms = new MiniSearch<SearchDoc & { n: number; f: string }>({
    idField: "n", fields: ["title", "context", "f"], storeFields: ["type", "title"],
    tokenize: (s) => foldedWords(s), processTerm: (t) => t,
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  ms.addAll(docs.map((d, n) => ({ ...d, n, f: d.fields.join(" ") })));
  return { search: (q) => ms.search(q).slice(0, 5).map((r) => ({ type: String(r["type"]), title: String(r["title"]) })) };
}

declare global {
  interface Window { benchSearch: typeof run }
}

function run(shardsJson: string, docsJson: string, queries: { q: string; type: string; title: string }[], reps: Record<string, number>) {
  const out: Record<string, { setupMs: number; samples: number[]; found: number }> = {};
  const makers: Record<string, () => Engine> = {
    shipped: () => shipped(JSON.parse(shardsJson) as Shard[]),
    fuse: () => fuseAlone(JSON.parse(docsJson) as SearchDoc[]),
    minisearch: () => mini(JSON.parse(docsJson) as SearchDoc[]),
  };
  for (const [name, make] of Object.entries(makers)) {
    const t0 = performance.now();
    const engine = make();
    const setupMs = performance.now() - t0;
    engine.search("gia lai");
    const samples: number[] = [];
    let found = 0;
    for (const e of queries) {
      let top: Top = [];
      for (let r = 0; r < (reps[name] ?? 1); r++) {
        const s = performance.now();
        top = engine.search(e.q);
        samples.push(performance.now() - s);
      }
      if (top.some((h) => h.type === e.type && h.title.toLowerCase().includes(e.title.toLowerCase()))) found++;
    }
    out[name] = { setupMs, samples, found };
  }
  return out;
}
window.benchSearch = run;
