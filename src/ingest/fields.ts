/**
 * Field readers: each reads one cell (CSV text or JSON value) into a typed value, or refuses it with a
 * Vietnamese reason and its English gloss. Record types are derived from the fields a dataset lists.
 */
import type { Reason } from "./issues";
import { parseCount, parseDecimal, type NumberResult } from "./numbers";
import { readPeriodSpelling } from "./period-spellings";
import { checkHttpUrl } from "../lib/url";
import { parsePeriod } from "../lib/period";

export { parsePeriod, type Period } from "../lib/period";

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export interface FieldSpec<T> {
  /** Plain-language kind, shown in the data-format document. */
  kind: string;
  read: (raw: unknown) => ReadResult<T>;
  /**
   * Values repeat across the rows of a file (unit codes, periods, dates): a reader may keep one copy
   * of each instead of one per row, which at millions of rows is a large share of the memory.
   */
  repeats?: true;
  /**
   * The value of a cell written the one way most cells of a big export are (plain digits, a canonical
   * month), or undefined to read it with `read`; no result object is made for each of millions of cells.
   * Whatever it accepts, `read` reads to the same value.
   */
  plain?: (raw: string) => T | undefined;
}

const bad = (vi: string, en: string): { ok: false; reason: Reason } => ({ ok: false, reason: { vi, en } });

/** A field of a dataset: how its cells are read, whether a row must give it, and what it means. */
export interface FieldDef<T = unknown, R extends boolean = boolean> {
  /** The cell reader: rows are read through it directly, one call per non-blank cell. */
  spec: FieldSpec<T>;
  kind: string;
  /** Required fields refuse blank cells; optional ones read a blank cell as absent. */
  required: R;
  doc: string;
}

export function field<T, R extends boolean>(spec: FieldSpec<T>, options: { required: R; doc: string }): FieldDef<T, R> {
  return { spec, kind: spec.kind, required: options.required, doc: options.doc };
}

type RequiredKeys<F> = { [K in keyof F]: F[K] extends FieldDef<unknown, true> ? K : never }[keyof F];
type ValueOf<D> = D extends FieldDef<infer T> ? T : never;

/**
 * The record a row of these fields reads into: required fields always hold their value, optional
 * ones only when the cell was not blank.
 */
export type RecordOfFields<F> = {
  [K in RequiredKeys<F>]: ValueOf<F[K]>;
} & {
  [K in Exclude<keyof F, RequiredKeys<F>>]?: ValueOf<F[K]> | undefined;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

const fromNumber = (result: NumberResult): ReadResult<number> => result;

function asText(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return undefined;
}

export const text: FieldSpec<string> = {
  kind: "văn bản / text",
  read: (raw) => {
    const s = asText(raw);
    return s === undefined ? bad("phải là văn bản", "must be text") : { ok: true, value: s.normalize("NFC").trim() };
  },
};

const UNIT_CODE = /^\d{2,5}$/;

export const code: FieldSpec<string> = {
  repeats: true,
  plain: (raw) => (UNIT_CODE.test(raw) ? raw : undefined),
  kind: "mã số (chữ số, giữ số 0 đầu) / code (digits, leading zeros kept)",
  read: (raw) => {
    const s = typeof raw === "number" ? undefined : asText(raw)?.trim();
    if (s === undefined || !UNIT_CODE.test(s))
      return bad(
        `mã đơn vị phải gồm 2–5 chữ số, viết dạng văn bản để giữ số 0 đầu`,
        `a unit code has 2–5 digits, written as text to keep leading zeros`,
      );
    return { ok: true, value: s };
  },
};

/** An absolute http(s) URL; anything else could reach an href (javascript:, data:, a relative path). */
export const httpUrl: FieldSpec<string> = {
  kind: "URL đầy đủ http:// hoặc https:// / absolute http(s) URL",
  read: (raw) => {
    // Spaces around the cell are the spreadsheet's; inside the URL they are refused.
    const s = typeof raw === "string" ? raw.normalize("NFC").trim() : undefined;
    if (s === undefined) return bad("phải là địa chỉ URL (văn bản)", "must be a URL (text)");
    const result = checkHttpUrl(s);
    return result.ok ? { ok: true, value: s } : { ok: false, reason: result.reason };
  },
};

export interface Rank {
  position: number;
  /** How many were ranked, when the source says. */
  of?: number;
}

/** "16/63" or "6": a position, and how many were ranked when the source says; n ≤ N. */
export const rank: FieldSpec<Rank> = {
  kind: "xếp hạng n/N hoặc n (16/63) / rank",
  read: (raw) => {
    const s = asText(raw)?.trim() ?? "";
    const m = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(s);
    if (!m) return bad("xếp hạng phải có dạng n/N (16/63) hoặc n", "a rank is n/N (16/63) or n");
    const position = Number(m[1]);
    const of = m[2] === undefined ? undefined : Number(m[2]);
    if (position < 1) return bad("hạng bắt đầu từ 1", "ranks start at 1");
    if (of !== undefined && position > of)
      return bad(`hạng ${position} lớn hơn số đơn vị được xếp hạng (${of})`, `rank ${position} is beyond the ${of} ranked`);
    return { ok: true, value: of === undefined ? { position } : { position, of } };
  },
};

export const id: FieldSpec<string> = {
  kind: "mã định danh (chữ thường, số, . - _) / identifier",
  read: (raw) => {
    const s = asText(raw)?.trim();
    if (s === undefined || !/^[a-z0-9][a-z0-9._-]*$/i.test(s))
      return bad("mã định danh chỉ gồm chữ không dấu, số và . - _", "an identifier has only ASCII letters, digits and . - _");
    return { ok: true, value: s };
  },
};

const numeric =
  (parse: (s: string) => NumberResult) =>
  (raw: unknown): ReadResult<number> => {
    if (typeof raw === "number")
      return Number.isFinite(raw) ? { ok: true, value: 0 + raw } : bad("không phải là số", "not a number");
    const s = asText(raw);
    return s === undefined ? bad("không phải là số", "not a number") : fromNumber(parse(s));
  };

/**
 * 1 to 15 plain digits, short enough to be a safe integer: most cells of a big export, read digit by digit
 * without the general parser (15 digits stay below 2^53, so the sum is exact).
 */
function plainCount(raw: string): number | undefined {
  const n = raw.length;
  if (n === 0 || n > 15) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = raw.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

export const count: FieldSpec<number> = {
  kind: "số đếm ≥ 0 (1.234 hoặc 1234) / count ≥ 0",
  plain: plainCount,
  read: (raw) => {
    const plain = typeof raw === "string" ? plainCount(raw) : undefined;
    if (plain !== undefined) return { ok: true, value: plain };
    const result = numeric(parseCount)(raw);
    if (!result.ok) return result;
    if (!Number.isInteger(result.value)) return bad("số đếm phải là số nguyên", "a count must be a whole number");
    // Beyond 2^53 − 1 neighbouring whole numbers share one double: sums and identities would be off unseen.
    if (!Number.isSafeInteger(result.value))
      return bad(`số đếm quá lớn (lớn hơn ${Number.MAX_SAFE_INTEGER})`, `the count is too large (over ${Number.MAX_SAFE_INTEGER})`);
    if (result.value < 0) return bad("số đếm không được âm", "a count cannot be negative");
    return result;
  },
};

export const decimal: FieldSpec<number> = {
  kind: "số thập phân, dấu phẩy thập phân (97,5) / decimal, comma as decimal mark",
  read: numeric(parseDecimal),
};

export const nonNegativeDecimal: FieldSpec<number> = {
  kind: decimal.kind.replace("số thập phân", "số thập phân ≥ 0"),
  read: (raw) => {
    const result = decimal.read(raw);
    if (result.ok && result.value < 0) return bad("giá trị không được âm", "the value cannot be negative");
    return result;
  },
};

/**
 * Reporting periods lie in a plausible window: none before 2010 (no one-stop-shop export this site
 * reads goes back that far) and none after next year (a figure cannot be reported for a year that has
 * not begun; one year of slack covers clocks and plans). A typo year (2205-06, 1025-06) is refused
 * instead of stretching every chart's time axis over centuries.
 */
export const FIRST_PERIOD_YEAR = 2010;
let lastYear: number | undefined;
/** Read once per process: every row of a run is judged against the same window. */
export const lastPeriodYear = (): number => (lastYear ??= new Date().getFullYear() + 1);

/**
 * A reporting period as officials write it ("Tháng 6/2025", "Quý II/2025", "T6/2025", "2025-06"…), stored
 * canonically. Exports keep months, quarters and years: a half-year cannot be split into them, and a window
 * other than Circular 01/2020's would not compare with the other rows, so both are refused with the reason.
 */
export const period: FieldSpec<string> = {
  repeats: true,
  plain: (raw) => {
    if (!CANONICAL_MONTH.test(raw)) return undefined;
    const year = Number(raw.slice(0, 4));
    return year >= FIRST_PERIOD_YEAR && year <= lastPeriodYear() ? raw : undefined;
  },
  kind: `kỳ: YYYY-MM, YYYY-Qn, YYYY hoặc cách viết trong mục «Cách viết kỳ», năm ${FIRST_PERIOD_YEAR} đến năm sau năm hiện tại / period, from ${FIRST_PERIOD_YEAR} to next year`,
  read: (raw) => {
    // Most cells of a big export are canonical months: read them without the spelling reader.
    if (typeof raw === "string" && CANONICAL_MONTH.test(raw)) return inWindow(Number(raw.slice(0, 4)), raw);
    const s = asText(raw)?.trim() ?? "";
    const r = readPeriodSpelling(s);
    if (!r.ok) return bad(r.vi, r.en);
    if (r.kind === "half")
      return bad(
        `kỳ 6 tháng (${r.period}) không dùng được cho số liệu xuất: hãy ghi từng tháng hoặc từng quý`,
        `a half-year (${r.period}) cannot be used in exports: give each month or quarter`,
      );
    if (r.window !== undefined)
      return bad(
        `kỳ từ ${r.window.start} đến ${r.window.end} không theo kỳ báo cáo của Thông tư 01/2020 (từ ngày 15 tháng trước đến ngày 14): ghi kỳ theo tháng, quý hoặc năm`,
        `the window ${r.window.start}–${r.window.end} is not a Circular 01/2020 reporting period (15th of the month before to the 14th)`,
      );
    return inWindow(Number(r.period.slice(0, 4)), r.period);
  },
};

const CANONICAL_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

function inWindow(year: number, period: string): ReadResult<string> {
  const last = lastPeriodYear();
  if (year < FIRST_PERIOD_YEAR || year > last)
    return bad(
      `năm ${year} nằm ngoài khoảng hợp lý ${FIRST_PERIOD_YEAR}–${last} (gõ nhầm năm?)`,
      `year ${year} is outside the plausible window ${FIRST_PERIOD_YEAR}–${last} (a typo?)`,
    );
  return { ok: true, value: period };
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const date: FieldSpec<string> = {
  repeats: true,
  kind: "ngày YYYY-MM-DD / date",
  read: (raw) => {
    const s = asText(raw)?.trim() ?? "";
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
      return bad("ngày phải có dạng YYYY-MM-DD và có thật", "a date is a real YYYY-MM-DD");
    return { ok: true, value: s };
  },
};

/** A date known to the day, month, quarter or year: deadlines in plans are often vague. */
export const looseDate: FieldSpec<string> = {
  repeats: true,
  kind: "thời hạn: YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY / deadline",
  read: (raw) => {
    const s = asText(raw)?.trim().toUpperCase() ?? "";
    if (date.read(s).ok || parsePeriod(s) !== undefined) return { ok: true, value: s };
    return bad(
      "thời hạn phải có dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY",
      "a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY",
    );
  },
};

/** A day, or a month, quarter or year when that is all the source gives (the same rule as looseDate). */
export const dateOrPeriod: FieldSpec<string> = {
  repeats: true,
  kind: "ngày hoặc kỳ: YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY / date or period",
  read: (raw) => {
    const result = looseDate.read(raw);
    return result.ok
      ? result
      : bad("phải có dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY", "must be YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY");
  },
};

export const month: FieldSpec<string> = {
  repeats: true,
  kind: "tháng YYYY-MM / month",
  read: (raw) => {
    const s = asText(raw)?.trim() ?? "";
    const p = parsePeriod(s);
    return p?.kind === "month" ? { ok: true, value: s } : bad("tháng phải có dạng YYYY-MM", "a month is YYYY-MM");
  },
};

export const list: FieldSpec<string[]> = {
  kind: "danh sách, phân cách bằng ; (JSON: mảng) / list",
  read: (raw) => {
    const items = Array.isArray(raw) ? raw.map((x) => asText(x)) : asText(raw)?.split(";");
    if (items === undefined || items.some((x) => x === undefined))
      return bad("danh sách phải là văn bản phân cách bằng ;", "a list is text separated by ;");
    return { ok: true, value: (items as string[]).map((x) => x.normalize("NFC").trim()).filter((x) => x !== "") };
  },
};

const TRUE_WORDS = new Set(["true", "yes", "x", "1", "có", "co"]);
const FALSE_WORDS = new Set(["false", "no", "0", "không", "khong"]);

export const bool: FieldSpec<boolean> = {
  kind: "đúng/sai: true, false, có, không, x / boolean",
  plain: (raw) => (raw === "true" ? true : raw === "false" ? false : undefined),
  read: (raw) => {
    if (typeof raw === "boolean") return { ok: true, value: raw };
    const s = asText(raw)?.trim().toLowerCase().normalize("NFC");
    if (s !== undefined && TRUE_WORDS.has(s)) return { ok: true, value: true };
    if (s !== undefined && FALSE_WORDS.has(s)) return { ok: true, value: false };
    return bad("phải là true/false (có/không)", "must be true/false");
  },
};

export function oneOf<const T extends string>(values: readonly T[]): FieldSpec<T> {
  return {
    kind: `một trong / one of: ${values.join(", ")}`,
    read: (raw) => {
      const s = asText(raw)?.trim().normalize("NFC");
      const found = values.find((v) => v.toLowerCase() === s?.toLowerCase());
      return found === undefined
        ? bad(`phải là một trong: ${values.join(", ")}`, `must be one of: ${values.join(", ")}`)
        : { ok: true, value: found };
    },
  };
}
