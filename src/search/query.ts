/**
 * Querying the shards. The inverted index narrows the documents to those holding every query word
 * (exactly, as a prefix of the last word, or within a small edit distance); Fuse.js then orders the
 * few best of them; words typed with their diacritics rank documents that have them above the rest.
 */
import Fuse from "fuse.js";
import { foldedWords, words, type WordSpan } from "../lib/vietnamese";
import { highlightWords } from "./abbreviations";
import { decodePostings } from "./build";
import { DOC_TYPES, type DocType, type Hit, type Marked, type Range, type SearchResult, type Shard } from "./types";

const WEIGHT = { exact: 1, prefix: 0.7, typo: 0.45 } as const;
/** A word in the title counts this much more than one in the rest of the document. */
const TITLE_FACTOR = 2;
/** Documents passed on to Fuse and the fine ranking. */
const RERANK = 30;
const TYPE_PRIOR: Record<DocType, number> = { place: 0.3, plan: 0.25, agency: 0.2, target: 0.1, task: 0 };
const PLACE_TYPES = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu) /;
/** Words of unit types, left out when measuring how much of a title the query covers. */
const TYPE_WORDS = new Set(["tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong", "tran", "dac", "khu"]);
const MAX_PREFIX_VARIANTS = 60;

interface QueryWord {
  folded: string;
  exact: string;
  /** Typed with diacritics: documents with the same diacritics rank first. */
  marked: boolean;
  prefix: boolean;
}

/** Edit distance of a and b if it is at most max, else max + 1. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? max + 1;
}

/** Typos tolerated: none below three letters, one up to six, two from seven. */
export function typoBudget(word: string): number {
  return word.length < 3 ? 0 : word.length < 7 ? 1 : 2;
}

function parseQuery(query: string): QueryWord[] {
  const spans = words(query);
  const open = query.length > 0 && !/\s$/.test(query);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  spans.forEach((w, i) => {
    if (seen.has(w.folded)) return;
    seen.add(w.folded);
    out.push({ folded: w.folded, exact: w.exact, marked: w.exact !== w.folded, prefix: open && i === spans.length - 1 });
  });
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Variant {
  vocab: number;
  weight: number;
  kind: keyof typeof WEIGHT;
}

interface Candidate {
  shard: LoadedShard;
  doc: number;
  count: number;
  score: number;
}

class LoadedShard {
  readonly type: DocType;
  readonly docs: string[][];
  readonly vocab: string[];
  private readonly raw: string[];
  private readonly decoded = new Map<number, Uint32Array>();
  private readonly foldedCache = new Map<number, { t: string; c: string; f: string }>();
  private readonly wordsCache = new Map<number, { title: string[]; titleExact: Set<string>; restExact: Set<string> }>();

  constructor(shard: Shard) {
    this.type = shard.type;
    this.docs = shard.docs;
    this.vocab = shard.vocab;
    this.raw = shard.postings;
  }

  postings(vocab: number): Uint32Array {
    let p = this.decoded.get(vocab);
    if (!p) {
      p = decodePostings(this.raw[vocab] ?? "");
      this.decoded.set(vocab, p);
    }
    return p;
  }

  variants(word: QueryWord, typos: boolean): Variant[] {
    const out: Variant[] = [];
    const at = lowerBound(this.vocab, word.folded);
    if (this.vocab[at] === word.folded) out.push({ vocab: at, weight: WEIGHT.exact, kind: "exact" });
    if (word.prefix && word.folded.length >= 2) {
      for (let i = this.vocab[at] === word.folded ? at + 1 : at; i < this.vocab.length && out.length < MAX_PREFIX_VARIANTS; i++) {
        if (!(this.vocab[i] ?? "").startsWith(word.folded)) break;
        // A prefix counts more the more of the word it covers: "pha" is nearer "phan" than "phuong".
        out.push({ vocab: i, weight: WEIGHT.prefix * (0.5 + (0.5 * word.folded.length) / (this.vocab[i] ?? "").length), kind: "prefix" });
      }
    }
    const budget = typoBudget(word.folded);
    if (typos && budget > 0) {
      // Folded Vietnamese words share their first letter far more often than typos change it: one
      // typo is looked for among words with the same first letter (a slice of the sorted vocabulary).
      const first = word.folded[0] ?? "";
      const from = budget < 2 ? lowerBound(this.vocab, first) : 0;
      const to = budget < 2 ? lowerBound(this.vocab, String.fromCharCode(first.charCodeAt(0) + 1)) : this.vocab.length;
      for (let i = from; i < to; i++) {
        const v = this.vocab[i] ?? "";
        if (v === word.folded || Math.abs(v.length - word.folded.length) > budget) continue;
        if (word.prefix && v.startsWith(word.folded)) continue;
        const d = boundedDistance(word.folded, v, budget);
        if (d <= budget) out.push({ vocab: i, weight: WEIGHT.typo / d, kind: "typo" });
      }
    }
    return out;
  }

  hasExact(folded: string): boolean {
    return this.vocab[lowerBound(this.vocab, folded)] === folded;
  }

  /** Title words (folded) and every word with its diacritics, for the fine ranking. */
  wordsOf(doc: number): { title: string[]; titleExact: Set<string>; restExact: Set<string> } {
    let w = this.wordsCache.get(doc);
    if (!w) {
      const d = this.docs[doc] ?? [];
      const title = words(d[1] ?? "");
      w = {
        title: title.map((x) => x.folded),
        titleExact: new Set(title.map((x) => x.exact)),
        restExact: new Set(words([d[2], ...d.slice(5)].join(" ")).map((x) => x.exact)),
      };
      this.wordsCache.set(doc, w);
    }
    return w;
  }

  folded(doc: number): { t: string; c: string; f: string } {
    let f = this.foldedCache.get(doc);
    if (!f) {
      const d = this.docs[doc] ?? [];
      f = { t: foldedWords(d[1] ?? "").join(" "), c: foldedWords(d[2] ?? "").join(" "), f: foldedWords(d.slice(5).join(" ").slice(0, 400)).join(" ") };
      this.foldedCache.set(doc, f);
    }
    return f;
  }
}

export interface SearchOptions {
  /** Hits returned (the counts cover every match). */
  limit?: number;
  /** Only these types. */
  types?: readonly DocType[];
}

export class SearchIndex {
  private readonly shards: LoadedShard[];

  constructor(shards: readonly Shard[]) {
    this.shards = shards.map((s) => new LoadedShard(s));
  }

  get size(): number {
    return this.shards.reduce((n, s) => n + s.docs.length, 0);
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 20;
    const qwords = parseQuery(query);
    const counts = Object.fromEntries(DOC_TYPES.map((t) => [t, 0])) as Record<DocType, number>;
    if (qwords.length === 0) return { hits: [], counts, total: 0 };
    const shards = this.shards;
    // First pass: typos only for words no shard holds exactly; then, if some word found nothing, for all.
    const unknown = new Set(qwords.filter((w) => !shards.some((s) => s.hasExact(w.folded))).map((w) => w.folded));
    let pass = this.collect(shards, qwords, (w) => unknown.has(w.folded));
    if (pass.best < qwords.length) {
      const withTypos = this.collect(shards, qwords, () => true);
      if (withTypos.best >= pass.best) pass = withTypos;
    }
    if (pass.best === 0) return { hits: [], counts, total: 0 };
    let matching = pass.candidates.filter((c) => c.count === pass.best);
    for (const c of matching) counts[c.shard.type]++;
    if (options.types) matching = matching.filter((c) => options.types?.includes(c.shard.type));
    const pre = (c: Candidate) => c.score + TYPE_PRIOR[c.shard.type] - (c.shard.docs[c.doc]?.[1]?.length ?? 0) / 1000;
    matching.sort((a, b) => pre(b) - pre(a));
    const top = matching.slice(0, Math.max(RERANK, limit));
    this.rerank(top, qwords, pass.matched);
    const hits = top.slice(0, limit).map((c) => this.hit(c, pass.matched, qwords));
    return { hits, counts, total: matching.length };
  }

  private collect(shards: LoadedShard[], qwords: QueryWord[], typos: (w: QueryWord) => boolean) {
    const candidates: Candidate[] = [];
    const matched = new Set<string>();
    let best = 0;
    for (const shard of shards) {
      const n = shard.docs.length;
      const count = new Uint8Array(n);
      const score = new Float32Array(n);
      const stamp = new Uint8Array(n);
      const touched: number[] = [];
      qwords.forEach((w, qi) => {
        const variants = shard.variants(w, typos(w)).sort((a, b) => b.weight - a.weight);
        // Highlight only the closest kind found: the exact word if any, else its prefixes, else typos.
        const closest = variants.some((v) => v.kind === "exact") ? "exact" : variants.some((v) => v.kind === "prefix") ? "prefix" : "typo";
        for (const v of variants) {
          const list = shard.postings(v.vocab);
          if (v.kind === closest) matched.add(shard.vocab[v.vocab] ?? "");
          for (let k = 0; k < list.length; k++) {
            const entry = list[k] ?? 0;
            const doc = entry >>> 1;
            if (stamp[doc] === qi + 1) continue;
            if (count[doc] === 0) touched.push(doc);
            stamp[doc] = qi + 1;
            count[doc] = (count[doc] ?? 0) + 1;
            score[doc] = (score[doc] ?? 0) + v.weight * (entry & 1 ? TITLE_FACTOR : 1);
          }
        }
      });
      for (const doc of touched) {
        const c = count[doc] ?? 0;
        if (c < best) continue;
        best = Math.max(best, c);
        candidates.push({ shard, doc, count: c, score: score[doc] ?? 0 });
      }
    }
    return { candidates, best, matched };
  }

  /**
   * Fine ranking of the few best: Fuse's score over folded text, the share of the title the query
   * covers, the query as a phrase, whole place names, and words typed with their diacritics.
   */
  private rerank(top: Candidate[], qwords: QueryWord[], matched: Set<string>): void {
    if (top.length === 0) return;
    const foldedQuery = qwords.map((w) => w.folded).join(" ");
    const items = top.map((c) => c.shard.folded(c.doc));
    const fuse = new Fuse(items, {
      keys: [{ name: "t", weight: 3 }, { name: "c", weight: 1 }, { name: "f", weight: 1 }],
      includeScore: true,
      ignoreLocation: true,
      threshold: 1,
      shouldSort: false,
    });
    const fuseScore = new Map<number, number>();
    for (const r of fuse.search(foldedQuery)) fuseScore.set(r.refIndex, r.score ?? 1);
    const marked = qwords.filter((w) => w.marked);
    const phrase = qwords.length > 1 ? ` ${foldedQuery}` : undefined;
    top.forEach((c, i) => {
      const f = items[i] ?? { t: "", c: "", f: "" };
      const w = c.shard.wordsOf(c.doc);
      const named = w.title.filter((x) => !TYPE_WORDS.has(x));
      const covered = named.filter((x) => matched.has(x)).length / Math.max(1, named.length);
      let s = c.score + TYPE_PRIOR[c.shard.type] + 2 * (1 - (fuseScore.get(i) ?? 1)) + 1.5 * covered;
      if (phrase !== undefined) s += ` ${f.t}`.includes(phrase) ? 2 : ` ${f.c} ${f.f}`.includes(phrase) ? 1 : 0;
      if (c.shard.type === "place" && f.t.replace(PLACE_TYPES, "") === foldedQuery.replace(PLACE_TYPES, "")) s += 2;
      for (const m of marked) s += w.titleExact.has(m.exact) ? 1.5 : w.restExact.has(m.exact) ? 1 : 0;
      c.score = s;
    });
    top.sort((a, b) => b.score - a.score || (a.shard.docs[a.doc]?.[1]?.length ?? 0) - (b.shard.docs[b.doc]?.[1]?.length ?? 0));
  }

  private hit(c: Candidate, matched: Set<string>, qwords: QueryWord[]): Hit {
    const d = c.shard.docs[c.doc] ?? [];
    const highlight = highlightWords(matched);
    const last = qwords.at(-1);
    const prefix = last?.prefix && !highlight.has(last.folded) ? last.folded : undefined;
    const isHit = (w: WordSpan) => highlight.has(w.folded) || (prefix !== undefined && prefix.length >= 2 && w.folded.startsWith(prefix));
    const title = clip(d[1] ?? "", marksOf(d[1] ?? "", isHit), 220);
    const fields = d.slice(5);
    let snippet: Marked | undefined;
    let bestMarks = 0;
    for (const text of fields) {
      const marks = marksOf(text, isHit);
      if (marks.length > bestMarks) {
        bestMarks = marks.length;
        snippet = clip(text, marks, 180);
      }
    }
    if (!snippet && fields[0]) snippet = clip(fields[0], [], 180);
    return { id: d[0] ?? "", type: c.shard.type, url: d[3] ?? "", title, context: d[2] ?? "", score: c.score, ...(snippet ? { snippet } : {}) };
  }
}

function marksOf(text: string, isHit: (w: WordSpan) => boolean): Range[] {
  return words(text).filter(isHit).map((w) => [w.start, w.end]);
}

/** At most max characters of text around its first mark, cut at spaces, with "…" where cut. */
export function clip(text: string, marks: Range[], max: number): Marked {
  if (text.length <= max) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  const lead = start > 0 ? "…" : "";
  const tail = end < text.length ? "…" : "";
  const shift = lead.length - start;
  const inside = marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s + shift, e + shift]);
  return { text: lead + text.slice(start, end) + tail, marks: inside };
}
