/** Build-time side of search: documents → one shard per type, with an inverted index of folded words. */
import { foldedWords } from "../lib/vietnamese";
import { abbreviationWords } from "./abbreviations";
import { DOC_TYPES, type DocType, type SearchDoc, type Shard } from "./types";

/** Every word a document is found by, and which of them are in its title. */
export function indexWords(doc: SearchDoc): { all: Set<string>; title: Set<string> } {
  const title = foldedWords(doc.title);
  const rest = [doc.context, ...doc.fields, doc.keywords ?? ""].flatMap((s) => foldedWords(s));
  const all = new Set([...title, ...rest, ...abbreviationWords(title), ...abbreviationWords(rest)]);
  return { all, title: new Set([...title, ...abbreviationWords(title)]) };
}

export function encodePostings(entries: readonly number[]): string {
  let previous = 0;
  return entries.map((e) => {
    const gap = e - previous;
    previous = e;
    return gap.toString(36);
  }).join(",");
}

export function decodePostings(s: string): Uint32Array {
  if (s === "") return new Uint32Array(0);
  const parts = s.split(",");
  const out = new Uint32Array(parts.length);
  let value = 0;
  for (let i = 0; i < parts.length; i++) {
    value += parseInt(parts[i] ?? "0", 36);
    out[i] = value;
  }
  return out;
}

export function buildShard(type: DocType, docs: readonly SearchDoc[]): Shard {
  const postings = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const { all, title } = indexWords(doc);
    for (const w of all) {
      const list = postings.get(w) ?? [];
      list.push(i * 2 + (title.has(w) ? 1 : 0));
      postings.set(w, list);
    }
  });
  const vocab = [...postings.keys()].sort();
  return {
    type,
    docs: docs.map((d) => [d.id, d.title, d.context, d.url, d.keywords ?? "", ...d.fields]),
    vocab,
    postings: vocab.map((w) => encodePostings(postings.get(w) ?? [])),
  };
}

/** One shard per type, in the fixed type order; types without documents get an empty shard. */
export function buildShards(docs: readonly SearchDoc[]): Shard[] {
  return DOC_TYPES.map((type) => buildShard(type, docs.filter((d) => d.type === type)));
}
