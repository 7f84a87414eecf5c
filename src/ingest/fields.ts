/**
 * Field codecs: zod schemas that read one cell (CSV text or JSON value) into a typed value.
 * Each failure carries a Vietnamese reason and its English gloss in `params`.
 */
import { z } from "zod";
import type { Reason } from "./issues";
import { parseCount, parseDecimal, type NumberResult } from "./numbers";
import { checkHttpUrl } from "../lib/url";

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export interface FieldSpec<T> {
  /** Plain-language kind, shown in the data-format document. */
  kind: string;
  read: (raw: unknown) => ReadResult<T>;
}

const bad = (vi: string, en: string): { ok: false; reason: Reason } => ({ ok: false, reason: { vi, en } });

const isBlank = (raw: unknown): boolean =>
  raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

/** Builds the zod schema of a field; `required` fields refuse blank cells. */
export function field<T>(spec: FieldSpec<T>, options: { required: true; doc: string }): FieldDef<T>;
export function field<T>(spec: FieldSpec<T>, options: { required: false; doc: string }): FieldDef<T | undefined>;
export function field<T>(spec: FieldSpec<T>, options: { required: boolean; doc: string }): FieldDef<T | undefined> {
  const schema = z.unknown().transform((raw, ctx): T | undefined => {
    if (isBlank(raw)) {
      if (options.required)
        ctx.addIssue({ code: "custom", params: { vi: "thiếu giá trị bắt buộc", en: "required value is missing" } });
      return undefined;
    }
    const result = spec.read(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", params: result.reason });
    return z.NEVER;
  });
  // zod 4 refuses an absent key whose value comes out undefined unless the schema is optional:
  // without this, an optional column missing from a file (or key missing from JSON) rejects every row.
  return { schema: options.required ? schema : schema.optional(), kind: spec.kind, required: options.required, doc: options.doc };
}

export interface FieldDef<T> {
  schema: z.ZodType<T, unknown>;
  kind: string;
  required: boolean;
  doc: string;
}

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

export const code: FieldSpec<string> = {
  kind: "mã số (chữ số, giữ số 0 đầu) / code (digits, leading zeros kept)",
  read: (raw) => {
    const s = typeof raw === "number" ? undefined : asText(raw)?.trim();
    if (s === undefined || !/^\d{2,5}$/.test(s))
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
      return Number.isFinite(raw) ? { ok: true, value: raw } : bad("không phải là số", "not a number");
    const s = asText(raw);
    return s === undefined ? bad("không phải là số", "not a number") : fromNumber(parse(s));
  };

export const count: FieldSpec<number> = {
  kind: "số đếm ≥ 0 (1.234 hoặc 1234) / count ≥ 0",
  read: (raw) => {
    const result = numeric(parseCount)(raw);
    if (!result.ok) return result;
    if (!Number.isInteger(result.value)) return bad("số đếm phải là số nguyên", "a count must be a whole number");
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

export type Period =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "year"; year: number };

export function parsePeriod(s: string): Period | undefined {
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: "month", year: Number(m[1]), month } : undefined;
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(s);
  if (m) return { kind: "quarter", year: Number(m[1]), quarter: Number(m[2]) };
  m = /^(\d{4})$/.exec(s);
  if (m) return { kind: "year", year: Number(m[1]) };
  return undefined;
}

export const period: FieldSpec<string> = {
  kind: "kỳ: YYYY-MM, YYYY-Qn hoặc YYYY / period",
  read: (raw) => {
    const s = asText(raw)?.trim().toUpperCase();
    const parsed = s === undefined ? undefined : parsePeriod(s);
    if (s === undefined || parsed === undefined)
      return bad("kỳ phải có dạng YYYY-MM, YYYY-Qn hoặc YYYY", "a period is YYYY-MM, YYYY-Qn or YYYY");
    return { ok: true, value: s };
  },
};

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const date: FieldSpec<string> = {
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

export const month: FieldSpec<string> = {
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
