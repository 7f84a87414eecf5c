/**
 * Excel workbooks (.xlsx, .xls) → one grid of located cells per sheet, with SheetJS (`@e965/xlsx`).
 * Works on bytes, not paths, so the command line and the browser page read workbooks the same way.
 *
 * - Formulas are read as the values Excel cached when the file was saved (nothing is recalculated).
 * - Cells typed as Excel dates are read as `YYYY-MM-DD` from their serial number, so no time zone shifts them.
 * - Merged cells: every cell of a merged range reports the range's value and names the range's first cell,
 *   so a grouped header spanning columns reads as that group over each column, while data code can tell
 *   a merged copy from a typed value.
 * - Hidden sheets are kept with `hidden: true`; the caller decides (and warns) what to do with them.
 */
import * as XLSX from "@e965/xlsx";
import type { Reason } from "./issues";

/** Workbook formats SheetJS reads: Excel's .xlsx, .xlsm and old .xls, and OpenDocument .ods. */
export const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xls", ".xlsm", ".ods"]);

export interface SheetCell {
  /** Text as typed, a number, a boolean, or for date cells the date as `YYYY-MM-DD`. */
  value: string | number | boolean;
  /** "F12". */
  address: string;
  /** The cell held a formula; `value` is its cached result. */
  formula?: true;
  /** Excel stored a date serial number (formatted as a date). */
  date?: true;
  /** Part of a merged range whose value sits in this other cell ("B4"). */
  mergedFrom?: string;
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** rows[r][c] for 0-based row and column; undefined for empty cells. Trailing empty rows are dropped. */
  rows: (SheetCell | undefined)[][];
}

export type WorkbookResult = { ok: true; sheets: SheetGrid[] } | { ok: false; reason: Reason };

/** "F12" for the 0-based row 11, column 5. */
export function cellAddress(row: number, column: number): string {
  return XLSX.utils.encode_cell({ r: row, c: column });
}

function isoDate(serial: number, date1904: boolean): string | undefined {
  const parsed = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!parsed || !parsed.y) return undefined;
  return `${String(parsed.y).padStart(4, "0")}-${String(parsed.m).padStart(2, "0")}-${String(parsed.d).padStart(2, "0")}`;
}

function readCell(cell: XLSX.CellObject, address: string, date1904: boolean): SheetCell | undefined {
  const formula = cell.f !== undefined ? { formula: true as const } : {};
  switch (cell.t) {
    case "n": {
      if (typeof cell.v !== "number") return undefined;
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
        const iso = isoDate(cell.v, date1904);
        if (iso !== undefined) return { value: iso, address, date: true, ...formula };
      }
      return { value: cell.v, address, ...formula };
    }
    case "s":
    case "d":
      return typeof cell.v === "string" && cell.v.trim() === "" ? undefined : { value: String(cell.v ?? ""), address, ...formula };
    case "b":
      return { value: Boolean(cell.v), address, ...formula };
    case "e":
      // An error cached in a formula cell (#DIV/0!, #REF!): kept as its text so validation names it.
      return { value: cell.w ?? "#ERROR", address, ...formula };
    default:
      return undefined;
  }
}

function readSheet(sheet: XLSX.WorkSheet, name: string, hidden: boolean, date1904: boolean): SheetGrid {
  const rows: (SheetCell | undefined)[][] = [];
  const ref = sheet["!ref"];
  if (ref === undefined) return { name, hidden, rows };
  const range = XLSX.utils.decode_range(ref);
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: (SheetCell | undefined)[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const address = cellAddress(r, c);
      const cell = sheet[address] as XLSX.CellObject | undefined;
      row[c] = cell === undefined ? undefined : readCell(cell, address, date1904);
    }
    rows[r] = row;
  }
  for (const merge of sheet["!merges"] ?? []) {
    const origin = rows[merge.s.r]?.[merge.s.c];
    if (origin === undefined) continue;
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        if (r === merge.s.r && c === merge.s.c) continue;
        const row = (rows[r] ??= []);
        row[c] = { ...origin, address: cellAddress(r, c), mergedFrom: origin.address };
      }
    }
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === undefined)) rows.pop();
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, hidden, rows };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Starts like an .xlsx (ZIP) or .xls (OLE compound file): SheetJS would otherwise read any text as a sheet. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  const startsWith = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  return startsWith(ZIP) || startsWith(OLE);
}

/** Reads every sheet of an .xlsx or .xls file. A file that is not a workbook is refused with the reason. */
export function readWorkbook(bytes: Uint8Array): WorkbookResult {
  if (!isWorkbookBytes(bytes))
    return {
      ok: false,
      reason: {
        vi: "tệp không phải sổ Excel: .xlsx là tệp nén ZIP, .xls là tệp OLE; có thể đây là tệp CSV hoặc văn bản bị đổi đuôi",
        en: "not an Excel workbook: .xlsx is a ZIP file and .xls an OLE file; this may be a CSV or text file renamed",
      },
    };
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: "array", cellDates: false, cellNF: true, cellFormula: true, dense: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: {
        vi: `không đọc được tệp Excel (tệp hỏng, có mật khẩu hoặc không phải .xlsx/.xls): ${detail}`,
        en: `cannot read the Excel file (damaged, password-protected or not .xlsx/.xls): ${detail}`,
      },
    };
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.map((name, i) => {
    const hidden = (workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return readSheet(workbook.Sheets[name]!, name, hidden, date1904);
  });
  return { ok: true, sheets };
}
