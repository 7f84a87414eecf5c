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
  /** Column names in file order: the CSV header line (NFC, trimmed), or every JSON key in order of first use. */
  headers: string[];
  /** Data rows in file order, each with the line it starts on; blank rows are left out. */
  rows: RawRow[];
  delimiter?: string;
}

/** A refused file: the line (1-based) and, when known, the character column (1-based; 0 = unknown) of the problem. */
export type TableResult = { ok: true; table: RawTable } | { ok: false; line: number; column: number; reason: Reason };

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
  let failure: { line: number; column: number; reason: Reason } | undefined;
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
          column: 0,
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
    return { ok: false, line: 1, column: 0, reason: { vi: "tệp trống: không có dòng tiêu đề", en: "empty file: no header row" } };
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
    const message = e instanceof Error ? e.message : String(e);
    const { line, column, trailingComma } = jsonErrorLocation(message, text) ?? { line: 1, column: 0, trailingComma: false };
    const detail = message.replace(/\s+/g, " ");
    return {
      ok: false,
      line,
      column,
      reason: trailingComma
        ? {
            vi: `JSON không hợp lệ ở dòng ${line}, cột ${column}: thừa dấu phẩy trước dấu đóng ngoặc (${detail})`,
            en: `invalid JSON at line ${line}, column ${column}: trailing comma before a closing bracket (${detail})`,
          }
        : {
            vi: `JSON không hợp lệ ở dòng ${line}, cột ${column} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc, dấu ngoặc kép): ${detail}`,
            en: `invalid JSON at line ${line}, column ${column}: ${detail}`,
          },
    };
  }
  if (!Array.isArray(data))
    return { ok: false, line: 1, column: 0, reason: { vi: "JSON phải là một mảng các đối tượng", en: "JSON must be an array of objects" } };
  const objectLines = objectStartLines(text);
  const headers: string[] = [];
  const rows: RawRow[] = [];
  for (const [i, item] of data.entries()) {
    const line = objectLines[i] ?? 1;
    if (item === null || typeof item !== "object" || Array.isArray(item))
      return { ok: false, line, column: 0, reason: { vi: `phần tử thứ ${i + 1} không phải là đối tượng`, en: `item ${i + 1} is not an object` } };
    for (const key of Object.keys(item)) if (!headers.includes(key)) headers.push(key);
    rows.push({ line, values: item as Record<string, unknown>, extraCells: 0, missingCells: 0 });
  }
  return { ok: true, table: { headers, rows } };
}

export interface JsonErrorLocation {
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number;
  /** The error is a closing bracket right after a comma; the location is the comma's, the actual mistake. */
  trailingComma: boolean;
}

/**
 * Where JSON.parse failed. V8's messages name the place in two forms: `… in JSON at position N`
 * (Node ≤ 18) and `… at position N (line L column C)` (Node ≥ 20); some name none at all (Node 24:
 * `Unexpected token ']', "…" is not valid JSON` for a trailing comma), and the text is then scanned
 * for the first character that cannot continue it. Undefined only when neither finds an error.
 */
export function jsonErrorLocation(message: string, text: string): JsonErrorLocation | undefined {
  const starts = lineStartOffsets(text);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  let offset: number | undefined;
  if (position !== undefined) offset = Number(position);
  else if (lineColumn !== null) offset = (starts[Number(lineColumn[1]) - 1] ?? 0) + Number(lineColumn[2]) - 1;
  else offset = firstJsonError(text);
  if (offset === undefined) return undefined;
  offset = Math.min(Math.max(offset, 0), text.length);
  let trailingComma = false;
  if (text[offset] === "]" || text[offset] === "}") {
    let before = offset - 1;
    while (before >= 0 && isJsonSpace(text[before])) before--;
    if (text[before] === ",") {
      offset = before;
      trailingComma = true;
    }
  }
  const line = lineAt(starts, offset);
  return { line, column: offset - (starts[line - 1] ?? 0) + 1, trailingComma };
}

const isJsonSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Offset of the first character where `text` stops being JSON (text.length when it ends too early),
 * or undefined when it is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
function firstJsonError(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const open: string[] = [];
  const skipSpace = () => {
    while (i < n && isJsonSpace(text[i])) i++;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && (text[i] ?? "") >= "0" && (text[i] ?? "") <= "9") i++;
    return i > start;
  };
  /** Reads a string at i (which holds `"`); false with i at the offending character. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/^[0-9a-fA-F]$/.test(text[i] ?? "")) return false;
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
      }
      i++;
    }
    return false;
  };
  const number = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!digits()) return false;
    if (text[i] === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (): boolean => {
    for (const word of ["true", "false", "null"]) {
      if (text[i] !== word[0]) continue;
      for (const ch of word) {
        if (text[i] !== ch) return false;
        i++;
      }
      return true;
    }
    return false;
  };
  /** A string, number or literal at i; false with i at the offending character. */
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    return literal();
  };
  /** `"key" :` inside an object, at i after skipping space. */
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      skipSpace();
      const c = text[i];
      if (c === "[" || c === "{") {
        open.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === "[" ? "]" : "}")) {
          open.pop();
          i++;
        } else if (c === "{" && !key()) return i;
        else continue;
      } else if (!scalar()) return i;
      expectValue = false;
    }
    skipSpace();
    const top = open.at(-1);
    if (top === undefined) return i < n ? i : undefined;
    const c = text[i];
    if (c === ",") {
      i++;
      if (top === "{" && !key()) return i;
      expectValue = true;
    } else if (c === (top === "[" ? "]" : "}")) {
      open.pop();
      i++;
    } else return i;
  }
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
