import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATASETS, processing, units } from "../../src/ingest/contract";
import * as fields from "../../src/ingest/fields";
import { readDatasetFile } from "../../src/ingest/read-file";
import {
  bool, code, count, date, decimal, list, looseDate, month, nonNegativeDecimal, oneOf, period, text, type ReadResult,
} from "../../src/ingest/fields";

const utf8 = (s: string) => Buffer.from(s, "utf8");
const value = <T>(r: ReadResult<T>) => (r.ok ? r.value : `refused: ${r.reason.en}`);

describe("cell codecs", () => {
  it("count reads '1.234' and JSON numbers, and refuses negatives and fractions", () => {
    expect(value(count.read("1.234"))).toBe(1234);
    expect(value(count.read(1234))).toBe(1234);
    expect(value(count.read("-5"))).toBe("refused: a count cannot be negative");
    expect(value(count.read(-5))).toBe("refused: a count cannot be negative");
    expect(value(count.read(1.5))).toBe("refused: a count must be a whole number");
    expect(value(count.read(Number.NaN))).toBe("refused: not a number");
    expect(value(count.read({}))).toBe("refused: not a number");
  });

  it("decimal reads '97,5'; nonNegativeDecimal refuses '-1,5'", () => {
    expect(value(decimal.read("97,5"))).toBe(97.5);
    expect(value(nonNegativeDecimal.read("12,5"))).toBe(12.5);
    expect(value(nonNegativeDecimal.read("-1,5"))).toBe("refused: the value cannot be negative");
  });

  it("code keeps leading zeros and refuses JSON numbers, which would lose them", () => {
    expect(value(code.read(" 01 "))).toBe("01");
    expect(value(code.read("00004"))).toBe("00004");
    expect(code.read(1).ok).toBe(false);
    expect(code.read("123456").ok).toBe(false);
    expect(code.read("6a").ok).toBe(false);
  });

  it("period reads YYYY-MM, YYYY-Qn (any case), YYYY and the spellings officials use, stored canonically", () => {
    expect(value(period.read("2024-03"))).toBe("2024-03");
    expect(value(period.read("2024-q1"))).toBe("2024-Q1");
    expect(value(period.read("2024"))).toBe("2024");
    expect(value(period.read("T3/2024"))).toBe("2024-03");
    expect(value(period.read("03/2024"))).toBe("2024-03");
    expect(value(period.read("Quý I/2024"))).toBe("2024-Q1");
    expect(value(period.read("Năm 2024"))).toBe("2024");
    expect(value(period.read("Từ ngày 15/2/2024 đến ngày 14/3/2024"))).toBe("2024-03");
    for (const bad of ["2024-13", "2024-00", "2024-Q5", "2024-3", "Tháng 13/2024"]) expect(period.read(bad).ok).toBe(false);
  });

  it("period reads a canonical month on its quick path exactly as the spelling reader does, window included", () => {
    const differing: string[] = [];
    for (let year = 1000; year <= 2300; year++)
      for (const mm of ["00", "01", "06", "09", "10", "12", "13"]) {
        const cell = `${year}-${mm}`;
        // A space around the cell takes the spelling reader's path.
        if (JSON.stringify(period.read(cell)) !== JSON.stringify(period.read(` ${cell} `))) differing.push(cell);
      }
    expect(differing).toEqual([]);
    expect(period.read("2205-06")).toMatchObject({ ok: false, reason: { en: expect.stringContaining("year 2205 is outside the plausible window") } });
  });

  it("period refuses half-years and non-standard windows in exports, saying why", () => {
    const half = period.read("6 tháng đầu năm 2024");
    expect(half.ok === false && half.reason.en).toBe("a half-year (2024-H1) cannot be used in exports: give each month or quarter");
    const window = period.read("Từ ngày 21/9/2025 đến ngày 20/10/2025");
    expect(window.ok === false && window.reason.en).toContain("not a Circular 01/2020 reporting period");
  });

  it("date refuses impossible days; month and looseDate read their forms", () => {
    expect(value(date.read("2024-02-29"))).toBe("2024-02-29");
    expect(date.read("2025-02-29").ok).toBe(false);
    expect(value(month.read("2025-12"))).toBe("2025-12");
    expect(month.read("2025-Q4").ok).toBe(false);
    for (const s of ["2025-12-31", "2025-12", "2025-Q4", "2025"]) expect(value(looseDate.read(s))).toBe(s);
    expect(looseDate.read("cuối năm").ok).toBe(false);
  });

  it("text NFC-normalizes and trims", () => {
    expect(value(text.read("  Krông Pa ".normalize("NFD")))).toBe("Krông Pa".normalize("NFC"));
  });

  it("list splits on ; and accepts JSON arrays", () => {
    expect(value(list.read("vp-ubnd-64; ubnd-637;"))).toEqual(["vp-ubnd-64", "ubnd-637"]);
    expect(value(list.read(["a", "b"]))).toEqual(["a", "b"]);
    expect(list.read([1, {}]).ok).toBe(false);
  });

  it("bool reads true/false, có/không, x, 1/0", () => {
    for (const s of ["true", "TRUE", "có", "Có", "x", "1", "yes"]) expect(value(bool.read(s))).toBe(true);
    for (const s of ["false", "không", "0", "no"]) expect(value(bool.read(s))).toBe(false);
    expect(bool.read("maybe").ok).toBe(false);
  });

  it("oneOf matches ignoring case and normalization", () => {
    const level = oneOf(["Huyện", "Xã"] as const);
    expect(value(level.read("huyện".normalize("NFD")))).toBe("Huyện");
    expect(level.read("Tỉnh").ok).toBe(false);
  });
});

describe("dataset fields", () => {
  it("every field codec fields.ts exports is used by some dataset of the contract (no dead codecs)", () => {
    const used = new Set(DATASETS.flatMap((d) => Object.values(d.fields).map((f: { kind: string }) => f.kind)));
    const codecs = Object.entries(fields as Record<string, unknown>).flatMap(([name, v]) =>
      typeof v === "object" && v !== null && "kind" in v && "read" in v ? [[name, String(v.kind)] as const] : [],
    );
    expect(codecs.length).toBeGreaterThan(5);
    expect(codecs.filter(([, kind]) => !used.has(kind)).map(([name]) => name)).toEqual([]);
  });

  it("an optional field whose key is absent reads as absent, not as an error", () => {
    const read = readDatasetFile(units, utf8('[{"code": "64", "name": "Gia Lai", "type": "Tỉnh", "level": "province"}]'), "units.json");
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual([{ code: "64", name: "Gia Lai", type: "Tỉnh", level: "province" }]);
  });

  it("a required field whose key is absent is refused in Vietnamese with an English gloss", () => {
    const read = readDatasetFile(processing, utf8('[{"unit_code": "637", "period": "2024-01"}]'), "p.json");
    expect(read.records).toEqual([]);
    expect(read.issues.map((i) => [i.field, i.vi, i.en])).toContainEqual([
      "received_carried_over", "thiếu giá trị bắt buộc", "required value is missing",
    ]);
  });

  it("every dataset lists its fields in contract order, each with its reader", () => {
    for (const d of DATASETS) expect(d.fieldList.map((f) => f.name)).toEqual(Object.keys(d.fields));
    expect(processing.fieldList.filter((f) => f.required).map((f) => f.name)).toEqual([
      "unit_code", "period", "received_carried_over", "received_online", "received_direct_postal",
      "resolved_early", "resolved_on_time", "resolved_late", "pending_within_term", "pending_overdue",
    ]);
  });
});

describe("cells in their usual form", () => {
  it("are read by each plain reader to exactly what the full reader reads, and nothing else is taken", () => {
    const specs = (Object.entries(fields) as [string, unknown][]).filter(
      (e): e is [string, fields.FieldSpec<unknown>] => typeof e[1] === "object" && e[1] !== null && "plain" in e[1] && typeof e[1].plain === "function",
    );
    expect(specs.map(([name]) => name).sort()).toEqual(["bool", "code", "count", "period"]);
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom("0", "1", "9", "-", ".", " ", "Q", "T", "r", "u", "e"), maxLength: 18 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc.constantFrom("true", "false", "True", "", " 12", "12 ", "007", "0000000000000001", "999999999999999", "9999999999999999"),
    );
    fc.assert(
      fc.property(cell, (raw) => {
        for (const [, spec] of specs) {
          const plain = spec.plain?.(raw);
          if (plain !== undefined) expect(spec.read(raw)).toEqual({ ok: true, value: plain });
        }
      }),
      { numRuns: 3000 },
    );
    expect([count.plain?.("1234"), count.plain?.("1.234"), count.plain?.(""), count.plain?.("1234567890123456")]).toEqual([1234, undefined, undefined, undefined]);
    expect([period.plain?.("2025-06"), period.plain?.("2205-06"), period.plain?.("Tháng 6/2025")]).toEqual(["2025-06", undefined, undefined]);
  });
});
