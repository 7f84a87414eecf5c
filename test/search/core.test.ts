/** The search core on small hand-made corpora: words, abbreviations, ranking, typos, snippets. */
import { describe, expect, test } from "vitest";
import { exactForm, foldedWords, words } from "../../src/lib/vietnamese";
import { abbreviationWords } from "../../src/search/abbreviations";
import { buildShards, decodePostings, encodePostings } from "../../src/search/build";
import { boundedDistance, clip, SearchIndex } from "../../src/search/query";
import type { SearchDoc } from "../../src/search/types";

const doc = (id: string, title: string, type: SearchDoc["type"] = "agency", fields: string[] = []): SearchDoc => ({ id, type, title, context: "", url: `/${id}/`, fields });
const index = (docs: SearchDoc[]) => new SearchIndex(buildShards(docs));
const ids = (ix: SearchIndex, q: string) => ix.search(q).hits.map((h) => h.id);

describe("words", () => {
  test("fold diacritics and đ, keep joined names and abbreviations whole", () => {
    expect(foldedWords("Đắk R'lấp, TT&TT, 258/QĐ-UBND")).toEqual(["dak", "rlap", "tttt", "258", "qd", "ubnd"]);
    expect(words("Krông Pa").map((w) => [w.start, w.end])).toEqual([[0, 5], [6, 8]]);
  });
  test("tone mark placement does not matter for the exact form", () => {
    expect(exactForm("hoà")).toBe(exactForm("hòa"));
    expect(exactForm("thuỷ")).toBe(exactForm("thủy"));
    expect(exactForm("đường")).not.toBe(exactForm("dương"));
  });
});

describe("abbreviations both ways", () => {
  test("an abbreviation adds its words, a phrase adds its abbreviation", () => {
    expect(abbreviationWords(["ubnd", "tinh"])).toEqual(["uy", "ban", "nhan", "dan"]);
    expect(abbreviationWords(foldedWords("Sở Thông tin và Truyền thông"))).toEqual(["tttt"]);
  });
  test.each([
    ["UBND", "Ủy ban nhân dân huyện Krông Pa"], ["uy ban nhan dan", "UBND huyện Krông Pa"], ["TTHC", "Thủ tục hành chính"],
    ["CCHC", "Cải cách hành chính"], ["DVC", "Dịch vụ công trực tuyến"], ["DVCTT", "Dịch vụ công trực tuyến"], ["HĐND", "Hội đồng nhân dân tỉnh"],
    ["TT&TT", "Sở Thông tin và Truyền thông"], ["KH&CN", "Sở Khoa học và Công nghệ"], ["BHXH", "Bảo hiểm xã hội tỉnh"], ["VPCP", "Văn phòng Chính phủ"],
    ["bao hiem xa hoi", "BHXH tỉnh"], ["khoa hoc cong nghe", "Sở KH&CN"],
  ])("%s finds “%s”", (q, title) => {
    expect(ids(index([doc("a", title), doc("b", "Sở Tài chính")]), q)).toEqual(["a"]);
  });
});

describe("ranking", () => {
  const ix = index([doc("duong", "Xã Bình Dương", "place"), doc("duong2", "Đường Hùng Vương", "place")]);
  test("a query with diacritics puts exact matches first, a folded one finds both", () => {
    expect(ids(ix, "đường")).toEqual(["duong2", "duong"]);
    expect(ids(ix, "dương")).toEqual(["duong", "duong2"]);
    expect(ids(ix, "duong").sort()).toEqual(["duong", "duong2"]);
  });
  test("place spelling variants match each other", () => {
    const places = index([doc("a", "Huyện Đăk Đoa", "place"), doc("b", "Huyện KBang", "place"), doc("c", "Xã IA Mơ", "place")]);
    for (const q of ["Đắk Đoa", "Đak Đoa", "dak doa"]) expect(ids(places, q)).toEqual(["a"]);
    for (const q of ["Kbang", "K'Bang"]) expect(ids(places, q)).toEqual(["b"]);
    expect(ids(places, "Ia Mơ")).toEqual(["c"]);
  });
  test("small typos are tolerated only when nothing matches exactly", () => {
    const ix2 = index([doc("a", "Huyện Krông Pa", "place"), doc("b", "Thành phố Quy Nhơn", "place")]);
    expect(ids(ix2, "krong pha")).toEqual(["a"]);
    expect(ids(ix2, "qui nhon")).toEqual(["b"]);
    expect(ids(ix2, "xyz")).toEqual([]);
  });
  test("the last word is a prefix while typing", () => {
    const ix3 = index([doc("a", "Huyện Krông Pa", "place")]);
    expect(ids(ix3, "kro")).toEqual(["a"]);
    expect(ids(ix3, "kro ")).toEqual([]);
  });
  test("type filter keeps the counts of every type", () => {
    const r = index([doc("a", "Gia Lai", "place"), doc("b", "Sở Nội vụ Gia Lai")]).search("gia lai", { types: ["agency"] });
    expect(r.hits.map((h) => h.id)).toEqual(["b"]);
    expect(r.counts).toMatchObject({ place: 1, agency: 1 });
  });
});

describe("snippets and postings", () => {
  test("marks fall on the matched words, also through an abbreviation", () => {
    const hit = index([doc("a", "Văn phòng UBND tỉnh", "agency", ["Chủ trì: Ủy ban nhân dân huyện"])]).search("ubnd").hits[0];
    const marked = (m: { text: string; marks: [number, number][] } | undefined) => m?.marks.map(([s, e]) => m.text.slice(s, e));
    expect(marked(hit?.title)).toEqual(["UBND"]);
    expect(marked(hit?.snippet)).toEqual(["Ủy", "ban", "nhân", "dân"]);
  });
  test("clip cuts around the first mark at spaces", () => {
    const text = `${"một ".repeat(60)}số hóa ${"hai ".repeat(60)}`;
    const start = text.indexOf("số");
    const c = clip(text, [[start, start + 2]], 60);
    expect(c.text.startsWith("…")).toBe(true);
    expect(c.text.endsWith("…")).toBe(true);
    const [s, e] = c.marks[0] ?? [0, 0];
    expect(c.text.slice(s, e)).toBe("số");
  });
  test("postings round-trip and distances are bounded", () => {
    expect([...decodePostings(encodePostings([1, 5, 40, 41, 1000]))]).toEqual([1, 5, 40, 41, 1000]);
    expect(boundedDistance("pha", "pa", 1)).toBe(1);
    expect(boundedDistance("krong", "kbang", 1)).toBe(2);
  });
});
