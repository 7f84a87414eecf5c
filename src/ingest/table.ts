/**
 * Text → raw rows, each remembering the line it starts on. CSV delimiter (`,` `;` or tab) is
 * detected from the header line; quoted fields may hold delimiters and line breaks.
 * JSON files are an array of objects with the same field names.
 */
import Papa from "papaparse";
import type { Reason } from "./issues";

export interface RawRow {
  line: number;
  /** Cell values by header position (CSV) or field name (JSON). */
  values: Record<string, unknown>;
  /** Cells beyond the header's width: a shifted row. */
  extraCells: number;
  missingCells: number;
}

export interface RawTable {
  headers: string[];
  /** Line of each header field (always 1 for CSV; 0 for JSON). */
  rows: RawRow[];
  delimiter?: string;
}

export type TableResult = { ok: true; table: RawTable } | { ok: false; line: number; reason: Reason };

const DELIMITERS = [",", ";", "\t"] as const;

export function detectDelimiter(headerLine: string): string {
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, d);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

export function readCsv(text: string): TableResult {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = detectDelimiter(firstLine);
  const lineStarts = lineStartOffsets(text);
  const records: { cells: string[]; offset: number }[] = [];
  let failure: { line: number; reason: Reason } | undefined;
  let previousCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const offset = previousCursor;
      previousCursor = result.meta.cursor;
      const quoteError = result.errors.find((e) => e.type === "Quotes");
      if (quoteError && failure === undefined)
        failure = {
          line: lineAt(lineStarts, offset),
          reason: {
            vi: "dấu ngoặc kép không được đóng: một ô bắt đầu bằng \" mà không có \" kết thúc",
            en: "unterminated quoted field: a cell opens a quote that is never closed",
          },
        };
      records.push({ cells: result.data, offset });
    },
  });
  if (failure) return { ok: false, ...failure };
  const [header, ...body] = records;
  if (header === undefined || header.cells.every((c) => c.trim() === ""))
    return { ok: false, line: 1, reason: { vi: "tệp trống: không có dòng tiêu đề", en: "empty file: no header row" } };
  const headers = header.cells.map((h) => h.normalize("NFC").trim());
  const rows: RawRow[] = [];
  for (const record of body) {
    // A line break right after the last row leaves an empty record; blank lines are not data,
    // nor are the rows of bare delimiters (;;;;) spreadsheets export for formatted empty rows.
    if (record.cells.every((c) => c.trim() === "")) continue;
    const startLine = lineAt(lineStarts, skipLeadingNewline(text, record.offset));
    const values: Record<string, unknown> = {};
    headers.forEach((_, i) => {
      values[String(i)] = record.cells[i];
    });
    rows.push({
      line: startLine,
      values,
      extraCells: Math.max(0, record.cells.length - headers.length),
      missingCells: Math.max(0, headers.length - record.cells.length),
    });
  }
  return { ok: true, table: { headers, rows, delimiter } };
}

export function readJson(text: string): TableResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec(String(e))?.[1];
    const line = position === undefined ? 1 : lineAt(lineStartOffsets(text), Number(position));
    return { ok: false, line, reason: { vi: `JSON không hợp lệ: ${String(e)}`, en: `invalid JSON: ${String(e)}` } };
  }
  if (!Array.isArray(data))
    return { ok: false, line: 1, reason: { vi: "JSON phải là một mảng các đối tượng", en: "JSON must be an array of objects" } };
  const objectLines = objectStartLines(text);
  const headers: string[] = [];
  const rows: RawRow[] = [];
  for (const [i, item] of data.entries()) {
    const line = objectLines[i] ?? 1;
    if (item === null || typeof item !== "object" || Array.isArray(item))
      return { ok: false, line, reason: { vi: `phần tử thứ ${i + 1} không phải là đối tượng`, en: `item ${i + 1} is not an object` } };
    for (const key of Object.keys(item)) if (!headers.includes(key)) headers.push(key);
    rows.push({ line, values: item as Record<string, unknown>, extraCells: 0, missingCells: 0 });
  }
  return { ok: true, table: { headers, rows } };
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") starts.push(i + 1);
    else if (c === "\r" && text[i + 1] !== "\n") starts.push(i + 1);
  }
  return starts;
}

function skipLeadingNewline(text: string, offset: number): number {
  let o = offset;
  while (text[o] === "\r" || text[o] === "\n") o++;
  return o;
}

/** 1-based line containing the character at `offset` (binary search over line starts). */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Lines where each top-level array element starts, by scanning brackets outside strings. */
function objectStartLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === "]" || c === "}") depth--;
  }
  return lines;
}
