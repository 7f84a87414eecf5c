/** Vietnamese text helpers shared by ingestion, search and page URLs. */

/** Lower-case, diacritics removed, đ → d: "Đăk Đoa" → "dak doa". */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** URL slug: "Thị xã An Khê" → "thi-xa-an-khe". */
export function slugify(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A word as the text writes it, with its place: the unit that search matches and highlights. */
export interface WordSpan {
  /** Lower-case, diacritics kept, tone mark placement made uniform ("hoà" and "hòa" alike). */
  exact: string;
  /** foldVietnamese of the word: what search matches first. */
  folded: string;
  start: number;
  end: number;
}

// Letters, digits, and the joiners that belong inside a name or abbreviation: M'Gar, TT&TT, KH&CN.
const WORD = /[\p{L}\p{N}]+(?:['’‘&][\p{L}\p{N}]+)*/gu;
const JOINERS = /['’‘&]/g;
// Tone marks (not vowel shapes), moved after the word so "hoà"/"hòa" and "thuỷ"/"thủy" compare equal.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The diacritic-keeping comparison form of one word. */
export function exactForm(word: string): string {
  const nfd = word.toLowerCase().replace(JOINERS, "").normalize("NFD");
  const tones = nfd.match(TONES)?.join("") ?? "";
  return (nfd.replace(TONES, "") + tones).normalize("NFC");
}

/** Words of a text: "Đắk R'lấp, TT&TT" → dak, rlap, tttt (folded) with their positions. */
export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({ exact: exactForm(raw), folded: foldVietnamese(raw.replace(JOINERS, "")), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Folded words only: what the search index and the place finder compare. */
export function foldedWords(text: string): string[] {
  return words(text).map((w) => w.folded);
}
