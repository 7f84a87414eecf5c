/**
 * data/published.csv against the source list it was transcribed from (a copy in
 * test/fixtures/reference/published-sources.md): every row is there, with its URL and quote, and
 * the values are the source's.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PublishedRecord } from "../../src/ingest/contract";
import { validateDataDir } from "../../src/ingest/validate";

interface RefRow {
  n: number;
  code: string;
  url: string;
  quote: string;
  note: string;
}

/** The markdown tables' data rows, in order; cells split on | outside «quotes». */
function referenceRows(markdown: string): RefRow[] {
  const rows: RefRow[] = [];
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("| ") || line.startsWith("| place")) continue;
    const cells: string[] = [];
    let cur = "";
    let depth = 0;
    for (const ch of line.trim().slice(1, -1)) {
      if (ch === "«") depth++;
      if (ch === "»") depth--;
      if (ch === "|" && depth === 0) {
        cells.push(cur.trim());
        cur = "";
      } else cur += ch;
    }
    cells.push(cur.trim());
    expect(cells).toHaveLength(11);
    rows.push({ n: rows.length + 1, code: cells[1] ?? "", url: cells[7] ?? "", quote: cells[9] ?? "", note: cells[10] ?? "" });
  }
  return rows;
}

let ref: RefRow[];
let figures: PublishedRecord[];
const byId = (id: string) => {
  const f = figures.find((p) => p.id === id);
  if (f === undefined) throw new Error(`no figure ${id}`);
  return f;
};
const ofRow = (n: number) => figures.filter((p) => p.source_row === n);

beforeAll(() => {
  ref = referenceRows(readFileSync("test/fixtures/reference/published-sources.md", "utf8"));
  const report = validateDataDir("data");
  expect(report.issues.filter((i) => i.severity === "error" && i.file.endsWith("published.csv"))).toEqual([]);
  figures = report.records.published.map((r) => r.record);
});

describe("data/published.csv", () => {
  it("holds every row of the source list, and only those", () => {
    expect(ref).toHaveLength(170);
    expect(new Set(figures.map((p) => p.source_row))).toEqual(new Set(ref.map((r) => r.n)));
    expect(figures).toHaveLength(248);
  });

  it("gives each figure its row's URL and a quote taken verbatim from the row", () => {
    for (const p of figures) {
      const row = ref[(p.source_row ?? 0) - 1] as RefRow;
      expect(p.source_url, p.id).toBe(row.url);
      expect(row.quote.includes(p.quote) || row.note.includes(p.quote), p.id).toBe(true);
      if (/^\((EN|DE|ID)\)/.test(row.quote)) expect(p.value_from_translation, p.id).toBe(true);
    }
  });

  it("keeps the old and the new province 52 apart", () => {
    expect(byId("bd-r025-1")).toMatchObject({ unit_code: "52", unit_valid_to: "2025-06-30" });
    expect(byId("gl-r070-1")).toMatchObject({ unit_code: "52" });
    expect(byId("gl-r070-1").unit_valid_to).toBeUndefined();
  });

  it("transcribes Bình Định's first quarter of 2022 completely", () => {
    const q1 = Object.fromEntries(ofRow(25).concat(ofRow(26), ofRow(27), ofRow(28), ofRow(30)).map((p) => [p.indicator, p.value]));
    expect(q1).toEqual({
      received_total: 131873, received_new: 125544, received_online: 20979, received_direct_postal: 104565,
      received_carried_over: 6329, resolved_total: 123870, resolved_early: 118972, resolved_on_time: 4165, resolved_late: 733,
    });
    expect(byId("bd-r025-1").period).toBe("2022-Q1");
  });

  it("spot-checks indices with their ranks", () => {
    expect(byId("gl-r011-1")).toMatchObject({ indicator: "sipas", period: "2022", value: 82.52, rank: { position: 16, of: 63 } });
    expect(byId("gl-r014-1")).toMatchObject({ indicator: "papi", value: 39.67, rank: { position: 58, of: 61 } });
    expect(byId("nt-r123-1")).toMatchObject({ indicator: "papi", value: 46.0002, rank: { position: 4, of: 63 }, inconsistent: true });
    expect(byId("gl-r080-1")).toMatchObject({ indicator: "index_766", period: "2025", value: 96.63, rank: { position: 2, of: 34 } });
    expect(byId("dv-r142-1")).toMatchObject({ unit_code: "622", indicator: "ddci", value: 70.36, rank: { position: 1, of: 17 } });
  });

  it("splits combined values and ranks into rows sharing their source row", () => {
    expect(ofRow(6).map((p) => [p.indicator, p.value])).toEqual([["procedures_full_online", 1618], ["procedures_partial_online", 143]]);
    expect(ofRow(34).map((p) => [p.indicator, p.value, p.rank])).toEqual([
      ["online_payment_share", 42.79, { position: 7, of: 63 }],
      ["e_result_share", 34.28, { position: 26, of: 63 }],
    ]);
    expect(ofRow(76).map((p) => [p.value, p.out_of])).toEqual([[18, 18], [18.3, 20], [8.1, 12]]);
  });

  it("keeps the conflicting overdue counts of 9/2025 as separate rows that point to each other", () => {
    expect(byId("gl-r064-1")).toMatchObject({ indicator: "received_late", period: "2025-09", value: 998, conflicts_with: ["gl-r069-1"] });
    expect(byId("gl-r069-1")).toMatchObject({ indicator: "received_late", period: "2025-09", value: 915, conflicts_with: ["gl-r064-1"] });
    expect(byId("gl-r067-1")).toMatchObject({ indicator: "pending_overdue", value: 580, conflicts_with: ["gl-r069-2"] });
    expect(byId("gl-r069-2")).toMatchObject({ indicator: "pending_overdue", value: 628, conflicts_with: ["gl-r067-1"] });
  });

  it("flags the sources' own inconsistencies instead of fixing them", () => {
    expect(byId("gl-r008-1")).toMatchObject({ value: 1498, inconsistent: true });
    expect(byId("gl-r008-1").inconsistency_note).toContain("1.492");
    expect(byId("gl-r074-1")).toMatchObject({ indicator: "pending_total", value: 26068, inconsistent: true });
    expect(byId("nt-r118-1")).toMatchObject({ value: 85.78, inconsistent: true });
  });

  it("records windows, as-of days, absent dates and values read from translations", () => {
    expect(byId("gl-r070-1")).toMatchObject({ window_from: "2025-09-21", window_to: "2025-10-20", published: "2025-10-28" });
    expect(byId("bd-r033-1")).toMatchObject({ window_to: "2023-06-26", event_date: "2023-07-20", rank: { position: 48, of: 63 } });
    expect(byId("bd-r033-1").window_from).toBeUndefined();
    expect(byId("gl-r001-1").published).toBeUndefined();
    expect(byId("kh-r136-1")).toMatchObject({ value: 191957, quote_lang: "en", value_from_translation: true });
    expect(byId("gl-r058-2")).toMatchObject({ value: 823, quote_lang: "en", value_from_translation: true });
    expect(byId("dv-r151-1")).toMatchObject({ value: 1300, value_bound: "about", scope: "own_level" });
  });

  it("spells Vietnamese in composed form (NFC)", () => {
    for (const p of figures) for (const s of [p.quote, p.label ?? "", p.note ?? "", p.period_label ?? ""]) expect(s).toBe(s.normalize("NFC"));
  });
});
