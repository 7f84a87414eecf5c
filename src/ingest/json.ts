/**
 * JSON datasets: an array of objects. Before JSON.parse sees the text, one iterative scan checks what
 * JSON.parse does not: nesting deeper than MAX_JSON_DEPTH (refused, never a stack overflow anywhere
 * later), a key given twice in one object (JSON.parse would keep the last value in silence), and
 * where each item of the array starts, so every row is named by its own line.
 */
import type { Reason } from "./issues";

/** Datasets are flat records; 64 levels is far beyond any real file and far below any stack limit. */
export const MAX_JSON_DEPTH = 64;

export interface JsonItem {
  line: number;
  /** Offset in the text where the item starts. */
  start: number;
  value: unknown;
}

/** A place in the text: 1-based line, and 1-based column in UTF-16 code units from the start of the line. */
export interface TextPosition {
  line: number;
  column: number;
}

export type JsonArrayResult =
  | {
      ok: true;
      items: JsonItem[];
      /** The line and column of an offset in the text. */
      positionOf: (offset: number) => TextPosition;
    }
  | { ok: false; line: number; column: number; reason: Reason };

type ScanError =
  | { kind: "syntax"; offset: number }
  | { kind: "depth"; offset: number }
  | { kind: "duplicate"; offset: number; key: string };

interface Scan {
  error?: ScanError;
  /** Offsets where each element of the top-level array starts. */
  itemStarts: number[];
}

export function parseJsonArray(text: string): JsonArrayResult {
  const scan = scanJson(text);
  const starts = lineStartOffsets(text);
  const at = (offset: number): TextPosition => {
    const line = lineAt(starts, offset);
    return { line, column: offset - (starts[line - 1] ?? 0) + 1 };
  };
  if (scan.error !== undefined) {
    const e = scan.error;
    if (e.kind === "depth") {
      const { line, column } = at(e.offset);
      return {
        ok: false, line, column,
        reason: {
          vi: `JSON lồng nhau quá sâu ở dòng ${line}, cột ${column}: quá ${MAX_JSON_DEPTH} cấp; mỗi bản ghi là một đối tượng với các giá trị đơn`,
          en: `JSON nested too deep at line ${line}, column ${column}: more than ${MAX_JSON_DEPTH} levels; each record is one object of plain values`,
        },
      };
    }
    if (e.kind === "duplicate") {
      const { line, column } = at(e.offset);
      const key = quoteBack(e.key);
      return {
        ok: false, line, column,
        reason: {
          vi: `khóa ${key} xuất hiện hai lần trong cùng một đối tượng (dòng ${line}, cột ${column}): không biết giá trị nào đúng`,
          en: `key ${key} appears twice in one object (line ${line}, column ${column}): which value holds is unknown`,
        },
      };
    }
    const location = locate(text, starts, e.offset);
    const { line, column } = location;
    return {
      ok: false, line, column,
      reason: location.trailingComma
        ? {
            vi: `JSON không hợp lệ ở dòng ${line}, cột ${column}: thừa dấu phẩy trước dấu đóng ngoặc`,
            en: `invalid JSON at line ${line}, column ${column}: trailing comma before a closing bracket`,
          }
        : {
            vi: `JSON không hợp lệ ở dòng ${line}, cột ${column} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc, dấu ngoặc kép): ký tự không mong đợi ${describeAt(text, e.offset)}`,
            en: `invalid JSON at line ${line}, column ${column}: unexpected ${describeAt(text, e.offset, "en")}`,
          },
    };
  }
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data))
    return { ok: false, line: 1, column: 0, reason: { vi: "JSON phải là một mảng các đối tượng", en: "JSON must be an array of objects" } };
  return {
    ok: true,
    items: data.map((value: unknown, i) => {
      const start = scan.itemStarts[i] ?? 0;
      return { line: lineAt(starts, start), start, value };
    }),
    positionOf: at,
  };
}

function describeAt(text: string, offset: number, lang: "vi" | "en" = "vi"): string {
  if (offset >= text.length) return lang === "vi" ? "(hết tệp)" : "end of file";
  const c = text[offset] ?? "";
  const shown = c === "\n" || c === "\r" ? (lang === "vi" ? "xuống dòng" : "line break") : `"${c}"`;
  return shown;
}

/** A value quoted back in a message, cut to a readable length. */
function quoteBack(s: string): string {
  return s.length > 60 ? `"${s.slice(0, 60)}…" (${s.length} ký tự / characters)` : `"${s}"`;
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
  else {
    const error = scanJson(text, Infinity, false).error;
    offset = error?.offset;
  }
  if (offset === undefined) return undefined;
  return locate(text, starts, offset);
}

function locate(text: string, starts: LineStarts, at: number): JsonErrorLocation {
  let offset = Math.min(Math.max(at, 0), text.length);
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
 * One pass over the text without building values: the first place where it stops being JSON
 * (text.length when it ends too early), nests deeper than maxDepth or repeats a key, and where each
 * top-level array element starts. Iterative, so no nesting can overflow the stack.
 */
function scanJson(text: string, maxDepth = MAX_JSON_DEPTH, checkKeys = true): Scan {
  const n = text.length;
  let i = 0;
  const open: string[] = [];
  /** Keys seen so far in each open object (undefined for arrays). */
  const keys: (Set<string> | undefined)[] = [];
  const itemStarts: number[] = [];
  const fail = (error: ScanError): Scan => ({ error, itemStarts });
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
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    return literal();
  };
  /** `"key" :` inside an object; undefined when fine, else the error. */
  const key = (): ScanError | undefined => {
    skipSpace();
    const start = i;
    if (text[i] !== '"' || !string()) return { kind: "syntax", offset: i };
    if (checkKeys) {
      const raw = text.slice(start + 1, i - 1);
      const name = raw.includes("\\") ? (JSON.parse(text.slice(start, i)) as string) : raw;
      const seen = keys.at(-1);
      if (seen?.has(name)) return { kind: "duplicate", offset: start, key: name };
      seen?.add(name);
    }
    skipSpace();
    if (text[i] !== ":") return { kind: "syntax", offset: i };
    i++;
    return undefined;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      skipSpace();
      if (open.length === 1 && open[0] === "[") itemStarts.push(i);
      const c = text[i];
      if (c === "[" || c === "{") {
        if (open.length >= maxDepth) return fail({ kind: "depth", offset: i });
        open.push(c);
        keys.push(c === "{" ? new Set() : undefined);
        i++;
        skipSpace();
        if (text[i] === (c === "[" ? "]" : "}")) {
          open.pop();
          keys.pop();
          i++;
        } else if (c === "{") {
          const e = key();
          if (e) return fail(e);
          continue;
        } else continue;
      } else if (!scalar()) return fail({ kind: "syntax", offset: i });
      expectValue = false;
    }
    skipSpace();
    const top = open.at(-1);
    if (top === undefined) return i < n ? fail({ kind: "syntax", offset: i }) : { itemStarts };
    const c = text[i];
    if (c === ",") {
      i++;
      if (top === "{") {
        const e = key();
        if (e) return fail(e);
      }
      expectValue = true;
    } else if (c === (top === "[" ? "]" : "}")) {
      open.pop();
      keys.pop();
      i++;
    } else return fail({ kind: "syntax", offset: i });
  }
}

/** Offsets where each line starts, four bytes a line: a pretty-printed export has a dozen lines a row. */
type LineStarts = Int32Array;

function lineStartOffsets(text: string): LineStarts {
  const breaks: number[] = [];
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  // A lone CR ends a line too (old Mac files); CR LF is one break.
  const crs = text.includes("\r");
  if (crs) for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) if (text[i + 1] !== "\n") breaks.push(i + 1);
  const starts = new Int32Array(count + breaks.length);
  let n = 1;
  let lone = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    while (lone < breaks.length && (breaks[lone] ?? 0) <= i) starts[n++] = breaks[lone++] ?? 0;
    starts[n++] = i + 1;
  }
  while (lone < breaks.length) starts[n++] = breaks[lone++] ?? 0;
  return starts;
}

/**
 * Where the value of each member of the object at `start` begins: by key, its offset. The text is valid
 * JSON there (the scan has passed it); nested values are skipped, at any depth, without recursion.
 */
export function memberOffsets(text: string, start: number): Map<string, number> {
  const members = new Map<string, number>();
  let i = start + 1;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && isJsonSpace(text[i])) i++;
  };
  /** i at a `"`: to just after the closing quote. */
  const skipString = () => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        i++;
        return;
      }
    }
  };
  for (;;) {
    skipSpace();
    if (text[i] !== '"') return members;
    const keyStart = i;
    skipString();
    const raw = text.slice(keyStart + 1, i - 1);
    const key = raw.includes("\\") ? (JSON.parse(text.slice(keyStart, i)) as string) : raw;
    skipSpace();
    i++; // the colon
    skipSpace();
    members.set(key, i);
    // Skip the value: a string, brackets to their match, or a number or literal to where it ends.
    const first = text[i];
    if (first === '"') skipString();
    else if (first === "{" || first === "[") {
      let depth = 0;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          skipString();
          continue;
        }
        if (c === "{" || c === "[") depth++;
        else if ((c === "}" || c === "]") && --depth === 0) {
          i++;
          break;
        }
        i++;
      }
    } else while (i < n && !isJsonSpace(text[i]) && text[i] !== "," && text[i] !== "}") i++;
    skipSpace();
    if (text[i] !== ",") return members;
    i++;
  }
}

/** 1-based line containing the character at `offset` (binary search over line starts). */
function lineAt(starts: LineStarts, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
