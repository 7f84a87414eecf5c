/** Workbooks and form-06 layouts in a data directory, read like the flat files they stand for. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/ingest/issues";
import { validateDataDir } from "../../src/ingest/validate";
import { buildModel } from "../../src/site/model";
import { FIXTURES, where } from "./helpers";

const FORM06 = path.join(FIXTURES, "form06");
const FLAT = path.join(FIXTURES, "form06-flat");
/** JSON of a model whose units point back at each other: an object met again is written as a mark. */
function serialise(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v];
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return "[seen]";
      seen.add(v);
      // Field order follows the file's columns; the model's meaning does not.
      if (!Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

const rel = (file: string, dir: string) => path.relative(dir, file).split(path.sep).join("/");

describe("test/fixtures/form06: a form-06 workbook, the same layout as CSV, and a plan in an unplaced workbook", () => {
  const report = validateDataDir(FORM06);

  it("is valid, warning only that the hidden sheet is not read", () => {
    expect(report.ok).toBe(true);
    expect(report.issues.map((i) => [where(i, FORM06), i.severity, i.vi])).toEqual([
      ["exports/processing/bao-cao-thang-5-2024.xlsx", "warning", "trang tính ẩn «Ghi chú nội bộ» không được đọc; hãy hiện nó ra nếu nó chứa số liệu"],
    ]);
  });

  it("accounts for every sheet's rows, and not for title, header or total rows", () => {
    expect(report.accounts.map((a) => [rel(a.file, FORM06), a.sheet, a.layout, a.read, a.accepted, a.rejected])).toEqual([
      ["units.csv", undefined, undefined, 16, 16, 0],
      ["exports/processing/bao-cao-thang-5-2024.xlsx", "Mẫu 06", "form-06", 4, 4, 0],
      ["exports/processing/bao-cao-thang-6-2024.csv", undefined, "form-06", 4, 4, 0],
      ["ke-hoach.xlsx", "plans", "flat", 1, 1, 0],
    ]);
  });

  it("resolves units given by name, takes the period from the title, and locates records at their sheet row", () => {
    const rows = report.records["exports/processing"];
    expect(rows.map((r) => [r.record.unit_code, r.record.period, r.ref.sheet, r.ref.line])).toEqual([
      ["24076", "2024-05", "Mẫu 06", 7],
      ["24079", "2024-05", "Mẫu 06", 8],
      ["24109", "2024-05", "Mẫu 06", 9],
      ["24112", "2024-05", "Mẫu 06", 10],
      ["24076", "2024-06", undefined, 7],
      ["24079", "2024-06", undefined, 8],
      ["24109", "2024-06", undefined, 9],
      ["24112", "2024-06", undefined, 10],
    ]);
    expect(rows[0]!.record).toMatchObject({ received_online: 120, received_direct_postal: 310, received_carried_over: 25, resolved_early: 380 });
  });

  it("reads a date typed as an Excel date as that day", () => {
    expect(report.records.plans.map((p) => [p.record.id, p.record.date])).toEqual([["kh-637-2024-so", "2024-03-15"]]);
  });

  it("builds the same site model as the equivalent flat CSV files", () => {
    const flat = validateDataDir(FLAT);
    expect(flat.ok).toBe(true);
    const strip = (r: typeof report) =>
      Object.fromEntries(Object.entries(r.records).map(([name, rows]) => [name, (rows as { record: unknown }[]).map((x) => x.record)]));
    expect(strip(report)).toEqual(strip(flat));
    expect(serialise(buildModel(report.records))).toBe(serialise(buildModel(flat.records)));
  });
});

describe("problems in laid-out files are located where the official looks", () => {
  it("names the workbook, sheet and cell", () => {
    const dir = path.join(FIXTURES, "defects/workbook-negative-count");
    const [issue] = validateDataDir(dir).issues;
    expect(formatIssue({ ...issue!, file: rel(issue!.file, dir) })).toBe(
      'exports/processing.xlsx:7:10 (processing.xlsx › Mẫu 06 › J7): lỗi [resolved_late = "-5"]: số đếm không được âm (error: a count cannot be negative)',
    );
  });
});

describe("test/fixtures/period-spellings: one row per spelling officials use", () => {
  const dir = path.join(FIXTURES, "period-spellings");
  const report = validateDataDir(dir);

  it("stores each spelling as its canonical period", () => {
    expect(report.records["exports/processing"].map((r) => [r.record.unit_code, r.record.period])).toEqual([
      ["637", "2024-01"],
      ["637", "2024-02"],
      ["637", "2024-03"],
      ["637", "2024-04"],
      ["637", "2024-05"],
      ["637", "2024-06"],
      ["637", "2024-07"],
      ["64", "2023-Q1"],
      ["64", "2023-Q2"],
      ["64", "2023-Q3"],
      ["64", "2023-Q4"],
      ["64", "2024-Q1"],
      ["64", "2022"],
      ["64", "2021"],
    ]);
  });

  it("refuses the half-year row alone, saying why", () => {
    expect(report.issues.map((i) => [where(i, dir), i.value, i.en])).toEqual([
      ["exports/processing.csv:16:2", "6 tháng đầu năm 2023", "a half-year (2023-H1) cannot be used in exports: give each month or quarter"],
    ]);
  });
});
