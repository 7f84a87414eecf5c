/**
 * Text → one table shape for every kind of file: a header and rows of positional cells, each row
 * remembering the line it starts on (a cell's location is its row's line and its header position).
 * CSV delimiter (`,` `;` or tab) is detected from the header line; quoted fields may hold delimiters
 * and line breaks. JSON files are an array of objects; their keys, in order of first use, are the header.
 * Rows are handed over one at a time, so a file of millions of rows never exists twice in memory.
 */
import Papa from "papaparse";
import type { Reason } from "./issues";
import { memberOffsets, parseJsonArray } from "./json";

export interface TableRow {
  /** 1-based line the row starts on. */
  line: number;
  /** Cells by header position: CSV text, or the JSON value (undefined when the object lacks the key). */
  cells: readonly unknown[];
  /** Cells beyond the header's width: a shifted row. */
  extraCells: number;
  missingCells: number;
  /** Why this row cannot be read at all (an unterminated quote), when so. */
  broken?: Reason;
  /**
   * Where each cell's value starts, by header position, when cells do not sit on the row's line under
   * their header's position: in JSON, each value's own line and character column (a cell the object
   * lacks: the object's line, column 0). A CSV cell is on its row's line, at its header's position.
   */
  at?: CellPositions;
}

export interface CellPositions {
  lines: readonly number[];
  columns: readonly number[];
}

export interface TableHead {
  /** Column names in file order: the CSV header line (NFC, trimmed), or every JSON key in order of first use. */
  headers: string[];
  /** Line of the header row; 0 when the columns are only the keys the rows use (JSON). */
  headerLine: number;
  /**
   * Whether a header row declares every column (CSV): a required column it lacks is missing from the
   * file. Otherwise the columns are the keys rows happen to use (JSON), and a key no row has is blank in each.
   */
  declared: boolean;
  delimiter?: string;
}

export interface RawTable extends TableHead {
  /** Data rows in file order; blank rows are left out. */
  rows: TableRow[];
}

export interface TableFailure {
  /** 1-based line and, when known, character column (1-based; 0 = unknown) of the problem. */
  line: number;
  column: number;
  reason: Reason;
}

/** A refused file, or its table. */
export type TableResult = { ok: true; table: RawTable } | ({ ok: false } & TableFailure);

/** Receives the header, then each row in file order. */
export interface TableVisitor {
  head(head: TableHead): void;
  row(row: TableRow): void;
}

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

/** Collects a whole table: for small files and tests. */
function collect(read: (visitor: TableVisitor) => TableFailure | undefined): TableResult {
  let head: TableHead = { headers: [], headerLine: 0, declared: false };
  const rows: TableRow[] = [];
  const failure = read({ head: (h) => (head = h), row: (r) => rows.push(r) });
  return failure === undefined ? { ok: true, table: { ...head, rows } } : { ok: false, ...failure };
}

const EMPTY_FILE: TableFailure = { line: 1, column: 0, reason: { vi: "tệp trống: không có dòng tiêu đề", en: "empty file: no header row" } };

/**
 * CSV text → header and rows. Line endings are made one (CR LF, LF and CR alike) before parsing, so a
 * file whose lines end in a mix of them reads like any other: the line break never decides what a row is.
 * An unterminated quote swallows the rest of the file into one cell: that row is handed over as broken,
 * naming how many lines it swallowed, and nothing after it is read.
 */
export function readCsv(source: string): TableResult;
export function readCsv(source: string, visitor: TableVisitor): TableFailure | undefined;
export function readCsv(source: string, visitor?: TableVisitor): TableResult | TableFailure | undefined {
  if (visitor === undefined) return collect((v) => readCsv(source, v));
  // As Papa does with text it is given: a byte-order mark is not part of the first header.
  const unmarked = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Without a quote, lines are split where they end, whatever the ending: no second copy of the text.
  if (!unmarked.includes('"')) return readPlainCsv(unmarked, visitor);
  const text = unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
  const firstBreak = text.indexOf("\n");
  const delimiter = detectDelimiter(firstBreak < 0 ? text : text.slice(0, firstBreak));
  // Lines are counted as the parser moves on, never all at once: the text may hold millions of them.
  let counted = 0;
  let line = 1;
  const lineAtOffset = (offset: number): number => {
    for (let i = text.indexOf("\n", counted); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let headers: string[] | undefined;
  let failure: TableFailure | undefined;
  let previousCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    step: (result, parser) => {
      let offset = previousCursor;
      previousCursor = result.meta.cursor;
      while (text[offset] === "\n") offset++;
      const startLine = lineAtOffset(offset);
      const cells = result.data;
      if (headers === undefined) {
        if (cells.every((c) => c.trim() === "")) {
          failure = EMPTY_FILE;
          parser.abort();
          return;
        }
        headers = cells.map((h) => h.normalize("NFC").trim());
        visitor.head({ headers, headerLine: startLine, declared: true, delimiter });
        return;
      }
      const unterminated = result.errors.find((e) => e.type === "Quotes" && e.code === "MissingQuotes");
      // A line break right after the last row leaves an empty record; blank lines are not data,
      // nor are the rows of bare delimiters (;;;;) spreadsheets export for formatted empty rows.
      if (unterminated === undefined && cells.every((c) => c.trim() === "")) return;
      const row: TableRow = {
        line: startLine,
        cells,
        extraCells: Math.max(0, cells.length - headers.length),
        missingCells: Math.max(0, headers.length - cells.length),
      };
      const malformed = result.errors.find((e) => e.type === "Quotes");
      if (unterminated !== undefined) {
        const lastLine = lineAtOffset(text.length);
        row.broken = {
          vi: `dấu ngoặc kép không được đóng: một ô bắt đầu bằng " mà không có " kết thúc; phần còn lại của tệp (${lastLine - startLine + 1} dòng, từ dòng ${startLine}) không được đọc`,
          en: `unterminated quoted field: a cell opens a quote that is never closed; the rest of the file (${lastLine - startLine + 1} line(s) from line ${startLine}) is not read`,
        };
      } else if (malformed !== undefined)
        row.broken = {
          vi: 'dấu ngoặc kép đặt sai: sau " đóng ô phải là dấu phân cách hoặc hết dòng (trong ô, viết "" cho một dấu ")',
          en: 'misplaced quote: a closing " must be followed by the delimiter or the end of the line (inside a cell, write "" for one ")',
        };
      visitor.row(row);
    },
  });
  if (failure !== undefined) return failure;
  if (headers === undefined) return EMPTY_FILE;
  return undefined;
}

/**
 * CSV text without a quote: every line is one row and every delimiter separates two cells, so it is
 * read line by line as Papa would read it (its own fast path splits the whole text into an array of
 * lines first, a second copy of a file of millions of rows). A line ends at CR LF, LF or CR alike; the
 * next break of each kind is looked for again only once passed, so any mix is read in one pass.
 */
function readPlainCsv(text: string, visitor: TableVisitor): TableFailure | undefined {
  let headers: string[] | undefined;
  let delimiter = ",";
  let line = 0;
  let nextLf = text.indexOf("\n");
  let nextCr = text.indexOf("\r");
  for (let start = 0; start <= text.length; ) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf("\n", start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf("\r", start);
    const end = nextCr < 0 ? nextLf : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
    const stop = end < 0 ? text.length : end;
    line++;
    const content = text.slice(start, stop);
    start = end >= 0 && end === nextCr && text.charCodeAt(end + 1) === 0x0a ? stop + 2 : stop + 1;
    if (headers === undefined) delimiter = detectDelimiter(content);
    const cells = content.split(delimiter);
    if (headers === undefined) {
      if (cells.every((c) => c.trim() === "")) return EMPTY_FILE;
      headers = cells.map((h) => h.normalize("NFC").trim());
      visitor.head({ headers, headerLine: line, declared: true, delimiter });
    } else if (!cells.every((c) => c.trim() === ""))
      visitor.row({
        line,
        cells,
        extraCells: Math.max(0, cells.length - headers.length),
        missingCells: Math.max(0, headers.length - cells.length),
      });
    if (end < 0) break;
  }
  return headers === undefined ? EMPTY_FILE : undefined;
}

/**
 * JSON text → header (every key, in order of first use) and one row per object. The text is parsed
 * iteratively (any depth of nesting is refused past a limit, never overflows the stack), a key given
 * twice in one object is refused, and each row's line is where its object starts.
 */
export function readJson(text: string): TableResult;
export function readJson(text: string, visitor: TableVisitor): TableFailure | undefined;
export function readJson(text: string, visitor?: TableVisitor): TableResult | TableFailure | undefined {
  if (visitor === undefined) return collect((v) => readJson(text, v));
  const parsed = parseJsonArray(text);
  if (!parsed.ok) return parsed;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  const headers: string[] = [];
  const known = new Set<string>();
  for (const item of parsed.items)
    if (isObject(item.value))
      for (const key of Object.keys(item.value))
        if (!known.has(key)) {
          known.add(key);
          headers.push(key);
        }
  visitor.head({ headers, headerLine: 0, declared: false });
  for (const [i, item] of parsed.items.entries()) {
    const object = item.value;
    if (!isObject(object)) {
      // One stray item is that row's problem; the objects around it are read as usual.
      visitor.row({
        line: item.line, cells: [], extraCells: 0, missingCells: 0,
        broken: { vi: `phần tử thứ ${i + 1} không phải là đối tượng`, en: `item ${i + 1} is not an object` },
      });
      continue;
    }
    // Where each value is: found again from the object's start, one row at a time, so no table of
    // positions for a whole file is ever held.
    const offsets = memberOffsets(text, item.start);
    const lines: number[] = [];
    const columns: number[] = [];
    for (const h of headers) {
      const offset = Object.hasOwn(object, h) ? offsets.get(h) : undefined;
      const at = offset === undefined ? { line: item.line, column: 0 } : parsed.positionOf(offset);
      lines.push(at.line);
      columns.push(at.column);
    }
    visitor.row({
      line: item.line,
      cells: headers.map((h) => (Object.hasOwn(object, h) ? object[h] : undefined)),
      extraCells: 0,
      missingCells: 0,
      at: { lines, columns },
    });
  }
  return undefined;
}

/** A file's text → its table: JSON for a `.json` name (any letter case), CSV otherwise. */
export function readTable(fileName: string, text: string, visitor: TableVisitor): TableFailure | undefined {
  return fileName.toLowerCase().endsWith(".json") ? readJson(text, visitor) : readCsv(text, visitor);
}

export { jsonErrorLocation, type JsonErrorLocation } from "./json";
