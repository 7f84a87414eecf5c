/** What search indexes and returns: documents of five types, each type in its own shard. */

export const DOC_TYPES = ["place", "plan", "agency", "target", "task"] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** One searchable thing as the reader sees it. */
export interface SearchDoc {
  id: string;
  type: DocType;
  /** "Huyện Krông Pa", a plan's title, a task's content. */
  title: string;
  /** Where it belongs: "Tỉnh Gia Lai, trước 1/7/2025", a plan's number and issuer. */
  context: string;
  url: string;
  /** Further lines shown as the snippet when they hold the matched words. */
  fields: string[];
  /** Words matched but never shown (spelling variants, joined names). */
  keywords?: string;
}

/**
 * A shard as shipped: documents as arrays ([id, title, context, url, keywords, ...fields]) and an
 * inverted index of folded words. `postings[i]` lists the documents holding `vocab[i]`, as
 * base-36 gaps of (document index × 2 + 1 when the word is in the title), comma-separated.
 */
export interface Shard {
  type: DocType;
  docs: string[][];
  vocab: string[];
  postings: string[];
}

export type Range = [start: number, end: number];

export interface Marked {
  text: string;
  marks: Range[];
}

export interface Hit {
  id: string;
  type: DocType;
  url: string;
  title: Marked;
  context: string;
  snippet?: Marked;
  score: number;
}

export interface SearchResult {
  hits: Hit[];
  /** Matching documents of each type, before the limit and the type filter. */
  counts: Record<DocType, number>;
  total: number;
}
