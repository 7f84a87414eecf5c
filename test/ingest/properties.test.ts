import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATASETS, LEVELS, processing, UNIT_TYPES, units } from "../../src/ingest/contract";
import { decodeBytes } from "../../src/ingest/decode";
import { readDatasetFile, type LoadedFile } from "../../src/ingest/load";
import { jsonErrorLocation, readCsv, readJson } from "../../src/ingest/table";
import { validateDataDir } from "../../src/ingest/validate";
import { csvLine, PROCESSING_HEADER, SMALL_UNITS, tempDataDir, windows1258 } from "./helpers";

/** One generated cell: the value the reader must produce, the CSV text and the JSON value that encode it. */
interface Cell {
  expected: unknown;
  csv: string;
  json: unknown;
}
const same = (v: string): Cell => ({ expected: v, csv: v, json: v });
const blank: Cell = { expected: undefined, csv: "", json: undefined };
const optional = (arb: fc.Arbitrary<Cell>) => fc.option(arb, { nil: undefined }).map((c) => c ?? blank);

// --- cells -------------------------------------------------------------------------------------------------

const groupThousands = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const countCell = fc
  .tuple(fc.nat({ max: 50_000_000 }), fc.constantFrom("", ".", " ", "\u00a0"), fc.boolean())
  .map(([n, separator, jsonAsText]): Cell => {
    const text = separator === "" ? String(n) : groupThousands(n, separator);
    return { expected: n, csv: text, json: jsonAsText ? text : n };
  });

const codeCell = fc.stringMatching(/^\d{2,5}$/).map(same);

// Periods lie in the plausible window (fields.ts: 2010 to next year).
const year = fc.integer({ min: 2010, max: 2026 });
const two = (n: number) => String(n).padStart(2, "0");
const periodCell = fc
  .oneof(
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
    fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    year.map(String),
  )
  .chain((p) => fc.constantFrom(p, p.toLowerCase()).map((written): Cell => ({ expected: p, csv: written, json: written })));

const dateCell = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => same(`${y}-${two(m)}-${two(d)}`));

const boolCell = fc
  .constantFrom<[boolean, string]>([true, "true"], [false, "false"], [true, "có"], [false, "không"], [true, "x"], [false, "0"])
  .chain(([value, word]) => fc.boolean().map((asJsonBool): Cell => ({ expected: value, csv: word, json: asJsonBool ? value : word })));

const oneOfCell = (values: readonly string[]) =>
  fc.constantFrom(...values).chain((v) => fc.constantFrom(v, v.toLowerCase(), v.toUpperCase()).map((w): Cell => ({ expected: v, csv: w, json: w })));

/** Free text with the characters that break naive CSV: delimiters, quotes, line breaks, NFD letters, padding. */
const TEXT_UNITS = ["a", "b", "Đ", "đ", "ơ", "ư", "ệ", "ộ", "ặ", "ữ", "ệ".normalize("NFD"), "0", "7", " ", ",", ";", "\t", "\n", "\r\n", '"', "Ghi chú "];
const textCell = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 24 }).map((s): Cell => {
  const expected = s.normalize("NFC").trim();
  return { expected: expected === "" ? undefined : expected, csv: s, json: s };
});
const nameCell = textCell.filter((c) => c.expected !== undefined);

// --- files ---------------------------------------------------------------------------------------------------

type Dataset = typeof processing | typeof units;

const processingRow = fc.record({
  unit_code: codeCell,
  period: periodCell,
  received_carried_over: countCell,
  received_online: countCell,
  received_direct_postal: countCell,
  resolved_early: countCell,
  resolved_on_time: countCell,
  resolved_late: countCell,
  pending_within_term: countCell,
  pending_overdue: countCell,
  known_inconsistency: optional(textCell),
  sample: optional(boolCell),
});

const unitRow = fc.record({
  code: codeCell,
  name: nameCell,
  type: oneOfCell(UNIT_TYPES),
  level: oneOfCell(LEVELS),
  parent_code: optional(codeCell),
  valid_from: optional(dateCell),
  valid_to: optional(dateCell),
  remote: optional(boolCell),
});

interface Layout {
  /** Columns in file order, each with the header written for it (field name or an alias, in some case). */
  columns: { field: string; header: string }[];
  delimiter: string;
  newline: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le-bom" | "windows-1258";
  finalNewline: boolean;
  jsonIndent: number;
}

function layout(dataset: Dataset): fc.Arbitrary<Layout> {
  const fields = Object.keys(dataset.fields);
  const aliases = dataset.aliases as Partial<Record<string, readonly string[]>>;
  const header = (field: string) =>
    fc
      .constantFrom(field, ...(aliases[field] ?? []))
      .chain((h) => fc.constantFrom(h, h.toUpperCase(), h.toLowerCase(), ` ${h} `))
      .map((h) => ({ field, header: h }));
  return fc.record({
    columns: fc.shuffledSubarray(fields, { minLength: fields.length }).chain((order) => fc.tuple(...order.map(header))),
    delimiter: fc.constantFrom(",", ";", "\t"),
    newline: fc.constantFrom("\n", "\r\n"),
    encoding: fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "windows-1258"),
    finalNewline: fc.boolean(),
    jsonIndent: fc.constantFrom(0, 2),
  });
}

function encode(text: string, encoding: Layout["encoding"]): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.from(`\ufeff${text}`, "utf8");
    case "utf-16le-bom":
      return Buffer.from(`\ufeff${text}`, "utf16le");
    case "windows-1258":
      return windows1258(text);
  }
}

function writeCsv(rows: Record<string, Cell>[], l: Layout): Buffer {
  // An optional column nobody filled may be left out of the file entirely.
  const columns = l.columns.filter(({ field }) => rows.length === 0 || rows.some((r) => r[field] !== blank) || field === "unit_code" || field === "code");
  const lines = [csvLine(columns.map((c) => c.header), l.delimiter), ...rows.map((r) => csvLine(columns.map((c) => r[c.field]?.csv ?? ""), l.delimiter))];
  return encode(lines.join(l.newline) + (l.finalNewline ? l.newline : ""), l.encoding);
}

function writeJson(rows: Record<string, Cell>[], l: Layout): Buffer {
  const objects = rows.map((r) => Object.fromEntries(l.columns.map((c) => [c.header.trim(), r[c.field]?.json])));
  return Buffer.from(JSON.stringify(objects, null, l.jsonIndent));
}

const expectedRecords = (rows: Record<string, Cell>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).flatMap(([k, c]) => (c.expected === undefined ? [] : [[k, c.expected]]))));

/** CSV reads every line break as \n, inside quoted cells too (so mixed line endings cannot split rows). */
const csvLineBreaks = (records: unknown[]): unknown[] =>
  records.map((r) =>
    Object.fromEntries(Object.entries(r as Record<string, unknown>).map(([k, v]) => [k, typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v])),
  );

function expectReadBack(loaded: LoadedFile<unknown>, rows: Record<string, Cell>[], csv = false): void {
  expect(loaded.issues).toEqual([]);
  expect(loaded.account).toMatchObject({ read: rows.length, accepted: rows.length, rejected: 0 });
  const expected = expectedRecords(rows);
  expect(loaded.records.map((r) => r.record)).toEqual(csv ? csvLineBreaks(expected) : expected);
}

describe("generated valid records read back", () => {
  for (const [dataset, row] of [[processing, processingRow], [units, unitRow]] as const) {
    it(`${dataset.name} written as CSV (any delimiter, newline, encoding, header alias, column order) reads back the same records`, () => {
      fc.assert(
        fc.property(fc.array(row as fc.Arbitrary<Record<string, Cell>>, { minLength: 1, maxLength: 6 }), layout(dataset), (rows, l) => {
          expectReadBack(readDatasetFile(dataset, writeCsv(rows, l), `${dataset.name}.csv`), rows, true);
        }),
        { numRuns: 150 },
      );
    });

    it(`${dataset.name} written as JSON reads back the same records`, () => {
      fc.assert(
        fc.property(fc.array(row as fc.Arbitrary<Record<string, Cell>>, { maxLength: 6 }), layout(dataset), (rows, l) => {
          expectReadBack(readDatasetFile(dataset, writeJson(rows, l), `${dataset.name}.json`), rows);
        }),
        { numRuns: 100 },
      );
    });
  }
});

// --- robustness ------------------------------------------------------------------------------------------------

function expectAccounted(loaded: LoadedFile<unknown>): void {
  const { read, accepted, rejected } = loaded.account;
  expect(read).toBe(accepted + rejected);
  expect(loaded.records).toHaveLength(accepted);
  for (const issue of loaded.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(0);
    expect(issue.column).toBeGreaterThanOrEqual(0);
    expect(issue.vi).not.toBe("");
    expect(issue.en).not.toBe("");
  }
}

const CSV_UNITS = [",", ";", "\t", '"', "\n", "\r\n", "\r", " ", "1", "2", "0", ".", "-", "637", "2024-01", "2024-Q1", "a", "ệ", "\u00b7", "\u00f1o"];
const csvText = fc.string({ unit: fc.constantFrom(...CSV_UNITS), maxLength: 200 });
const anyDataset = fc.constantFrom(...DATASETS);

describe("arbitrary input never throws and is always accounted for", () => {
  it("decodeBytes(random bytes) returns text or a reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = decodeBytes(bytes);
        if (r.ok) {
          expect(["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1258"]).toContain(r.encoding);
          expect(r.text).toBe(r.text.normalize("NFC"));
          expect(r.text).not.toContain("\u0000");
        } else {
          expect(r.reason.vi).not.toBe("");
          expect(r.reason.en).not.toBe("");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("readCsv(random string) returns rows on increasing lines after the header, or a failure line", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), csvText), (text) => {
        const r = readCsv(text);
        if (!r.ok) expect(r.line).toBeGreaterThanOrEqual(1);
        else r.table.rows.forEach((row, i, rows) => expect(row.line).toBeGreaterThan(rows[i - 1]?.line ?? 1));
      }),
      { numRuns: 500 },
    );
  });

  it("readJson(random string) returns rows or a failure line", () => {
    const jsonish = fc.oneof(fc.string({ unit: "binary", maxLength: 100 }), fc.json(), fc.json().map((j) => `[${j}]`));
    fc.assert(
      fc.property(jsonish, (text) => {
        const r = readJson(text);
        if (!r.ok) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.column).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("jsonErrorLocation's own scan agrees with JSON.parse on whether a text is valid, and with V8 on where it is not", () => {
    const pieces = ["[", "]", "{", "}", ",", ":", '"', "\\", "\\u", "a", "1", "0", "-", ".", "e", "E", "+", " ", "\n", "\r\n", "\t", "\u0001", "true", "nul", "9f", '"k"'];
    const piece = fc.constantFrom(...pieces);
    const broken = fc.tuple(fc.json(), fc.nat(), piece).map(([j, k, p]) => j.slice(0, k % (j.length + 1)) + p + j.slice(k % (j.length + 1)));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: piece, maxLength: 30 }), broken, fc.json()), (text) => {
        let message: string | undefined;
        try {
          JSON.parse(text);
        } catch (e) {
          message = (e as Error).message;
        }
        const scanned = jsonErrorLocation("", text);
        if (message === undefined) expect(scanned).toBeUndefined();
        else {
          expect(scanned, message).toBeDefined();
          if (/position \d+/.test(message)) expect(scanned, message).toEqual(jsonErrorLocation(message, text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("readDatasetFile(any dataset, random bytes) yields records or issues with read = accepted + rejected", () => {
    fc.assert(
      fc.property(anyDataset, fc.uint8Array({ maxLength: 600 }), fc.constantFrom("x.csv", "x.json"), (dataset, bytes, file) => {
        expectAccounted(readDatasetFile(dataset, bytes, file));
      }),
      { numRuns: 500 },
    );
  });

  it("readDatasetFile(processing, valid header + random CSV body) keeps read = accepted + rejected", () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom("", "\ufeff"), (body, bom) => {
        expectAccounted(readDatasetFile(processing, Buffer.from(`${bom}${PROCESSING_HEADER}\n${body}`), "p.csv"));
      }),
      { numRuns: 500 },
    );
  });

  it("validateDataDir(random processing rows) keeps read = accepted + rejected after the cross-record rules", () => {
    const rowText = fc
      .tuple(fc.constantFrom("637", "24076", "99999"), fc.constantFrom("2024-01", "2024-02", "2024-Q1", "2025-07", "2025"), fc.array(fc.nat({ max: 30 }), { minLength: 8, maxLength: 8 }), fc.constantFrom("", "ghi chú"))
      .map(([unit, period, counts, note]) => [unit, period, ...counts, note, "true"].join(","));
    fc.assert(
      fc.property(fc.array(rowText, { maxLength: 8 }), (rows) => {
        const { dir, cleanup } = tempDataDir({ "units.csv": SMALL_UNITS, "exports/processing.csv": [PROCESSING_HEADER, ...rows, ""].join("\n") });
        try {
          const report = validateDataDir(dir);
          const account = report.accounts.find((a) => a.dataset === "exports/processing");
          expect(account?.read).toBe(rows.length);
          expect(account?.read).toBe((account?.accepted ?? 0) + (account?.rejected ?? 0));
          expect(report.records["exports/processing"]).toHaveLength(account?.accepted ?? -1);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});
