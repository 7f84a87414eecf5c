/**
 * Files laid out for people: Excel workbooks (every visible sheet a table) and form-06 reports in CSV.
 * Each table is flattened (layouts.ts), read by the ordinary contract reader, and every issue and record
 * is mapped back to the sheet, row and column it came from.
 *
 * Which dataset a sheet holds: the file's place in the data directory when it has one
 * (`exports/processing.xlsx`, `exports/processing/…/x.xlsx`); otherwise the sheet's name (a dataset name such as
 * `processing`, or `Mẫu 06` for processing results); otherwise its header (a form-06 header is processing results;
 * a flat header with every required column of exactly one dataset is that dataset). A sheet that matches none is an
 * error, never skipped.
 */
import { DATASETS, processing, type AnyDataset } from "./contract";
import { checkText, type DecodeResult } from "./decode";
import { detectForm06, type Grid, type LayoutProblem } from "./form06";
import { matchHeaders } from "./headers";
import { fileIssue, type Issue } from "./issues";
import { csvGrid, flatten, sheetGrid, type UnitList } from "./layouts";
import type { LoadedFile, readDecodedFile } from "./read-file";
import { foldVietnamese } from "../lib/vietnamese";
import { readWorkbook } from "./workbook";

export { WORKBOOK_EXTENSIONS } from "./workbook";

/** Sheet names that say which dataset a sheet of an unplaced workbook holds, besides the dataset's own name. */
export const SHEET_NAMES: Partial<Record<AnyDataset["name"], readonly string[]>> = {
  "exports/processing": ["Mẫu 06", "Mau 06", "Biểu 06", "06", "Kết quả giải quyết TTHC"],
};

const fold = (s: string) => foldVietnamese(s.normalize("NFC")).replace(/\s+/g, " ").trim();

function datasetBySheetName(name: string): AnyDataset | undefined {
  const k = fold(name);
  return DATASETS.find((d) => fold(d.name.split("/").pop()!) === k || (SHEET_NAMES[d.name] ?? []).some((n) => fold(n) === k));
}

function datasetByHeader(grid: Grid): AnyDataset | undefined {
  if (detectForm06(grid) !== undefined) return processing;
  const header = grid.find((row) => row.some((c) => c.text.trim() !== ""));
  if (header === undefined) return undefined;
  const texts: string[] = [];
  for (const c of header) texts[c.column - 1] = c.text.trim();
  const matching = DATASETS.filter((d) => {
    const match = matchHeaders(Array.from(texts, (t) => t ?? ""), Object.keys(d.fields), d.aliases as Record<string, readonly string[]>);
    return Object.entries(d.fields).every(([name, f]) => !f.required || match.fields.includes(name));
  });
  return matching.length === 1 ? matching[0] : undefined;
}

const toIssue = (file: string, sheet: string | undefined, p: LayoutProblem): Issue => ({
  severity: p.severity,
  file,
  ...(sheet !== undefined ? { sheet } : {}),
  line: p.at.line,
  column: p.at.column,
  ...(p.field !== undefined ? { field: p.field } : {}),
  ...(p.value !== undefined && p.value !== "" ? { value: p.value } : {}),
  vi: p.vi,
  en: p.en,
});

/** The contract reader, passed in by the loader that owns it. */
export type ReadFile = typeof readDecodedFile;

/** One grid read as `dataset`, with lines and columns of issues and records mapped back to the grid. */
function readGrid(read: ReadFile, dataset: AnyDataset, grid: Grid, file: string, sheet: string | undefined, units: UnitList | undefined) {
  const flat = flatten(grid, units);
  const issues: Issue[] = [];
  // A unit name that could not be resolved is reported once, with its candidates, not also as a missing code.
  const unresolvedNames = new Set(flat.problems.filter((p) => p.field === "unit_name").map((p) => p.at.line));
  const emit = (issue: Issue) => {
    if (issue.line > 0) {
      const at = flat.origin(issue.line, issue.column);
      if (at !== undefined) {
        issue.line = at.line;
        if (issue.column > 0) issue.column = at.column;
      }
    }
    if (sheet !== undefined) issue.sheet = sheet;
    if (!(issue.field === "unit_code" && unresolvedNames.has(issue.line))) issues.push(issue);
  };
  // The flattened table is text already: checked as any file's text is, never encoded and decoded again.
  const loaded = read(dataset, checkText(flat.csv, "utf-8"), file, emit) as LoadedFile<unknown>;
  for (const record of loaded.records) {
    const columns: Record<string, number> = {};
    for (const [field, column] of Object.entries(record.ref.columns)) columns[field] = flat.origin(record.ref.line, column)?.column ?? column;
    const at = flat.origin(record.ref.line, 0);
    record.ref = { ...record.ref, ...(sheet !== undefined ? { sheet } : {}), line: at?.line ?? record.ref.line, columns };
  }
  for (const p of flat.problems) issues.push(toIssue(file, sheet, p));
  // A row the layout found wrong (a total column, an unknown unit name) is not accepted on its own.
  const badLines = new Set(flat.problems.filter((p) => p.severity === "error").map((p) => p.at.line));
  const kept = loaded.records.filter((r) => !badLines.has(r.ref.line));
  loaded.account.rejected += loaded.records.length - kept.length;
  loaded.account.accepted -= loaded.records.length - kept.length;
  return { account: loaded.account, records: kept, issues, layout: flat.layout };
}

export interface LaidOutResult {
  files: (LoadedFile<unknown> & { sheet?: string; layout: "form-06" | "flat" })[];
  issues: Issue[];
}

/** A workbook: every visible sheet read as its dataset; hidden sheets are reported and not read. */
export function readWorkbookFile(read: ReadFile, bytes: Uint8Array, file: string, placed: AnyDataset | undefined, units: UnitList | undefined): LaidOutResult {
  const book = readWorkbook(bytes);
  if (!book.ok) return { files: [], issues: [fileIssue(file, book.reason)] };
  const files: LaidOutResult["files"] = [];
  const issues: Issue[] = [];
  for (const sheet of book.sheets) {
    if (sheet.hidden) {
      issues.push({ ...fileIssue(file, { vi: `trang tính ẩn «${sheet.name}» không được đọc; hãy hiện nó ra nếu nó chứa số liệu`, en: `hidden sheet "${sheet.name}" is not read; unhide it if it holds data` }, "warning"), sheet: sheet.name });
      continue;
    }
    const grid = sheetGrid(sheet);
    if (grid.every((row) => row.length === 0)) continue;
    const dataset = placed ?? datasetBySheetName(sheet.name) ?? datasetByHeader(grid);
    if (dataset === undefined) {
      issues.push({
        ...fileIssue(file, {
          vi: `không biết trang tính «${sheet.name}» thuộc bộ dữ liệu nào: đặt tên trang tính theo bộ dữ liệu (ví dụ processing hoặc «Mẫu 06»), hoặc dùng tiêu đề cột của hợp đồng dữ liệu`,
          en: `cannot tell which dataset sheet "${sheet.name}" holds: name the sheet after a dataset (e.g. processing or "Mẫu 06"), or use the contract's column headers`,
        }),
        sheet: sheet.name,
      });
      continue;
    }
    files.push({ ...readGrid(read, dataset, grid, file, sheet.name, units), sheet: sheet.name });
  }
  return { files, issues };
}

/** Whether a CSV text is a form-06 report rather than a flat table. */
export function isForm06Csv(text: string): boolean {
  return detectForm06(csvGrid(text.split(/\r\n|\n|\r/, 30).join("\n"))) !== undefined;
}

/** A form-06 report saved as CSV (decoded by the caller, who looked at it to tell), read as processing results. */
export function readForm06Csv(read: ReadFile, decoded: DecodeResult, file: string, units: UnitList | undefined): LaidOutResult {
  if (!decoded.ok) return { files: [], issues: [fileIssue(file, decoded.reason)] };
  return { files: [readGrid(read, processing, csvGrid(decoded.text), file, undefined, units)], issues: [] };
}
