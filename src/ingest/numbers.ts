/**
 * Vietnamese number formats as officials type them: `.` or space groups thousands
 * (`1.234`, `1 234`), `,` marks decimals (`97,5`).
 * A value whose reading depends on a guess is refused, never guessed.
 */
import { shorten, type Reason } from "./issues";

export type NumberResult = { ok: true; value: number } | { ok: false; reason: Reason };

const fail = (vi: string, en: string): NumberResult => ({ ok: false, reason: { vi, en } });

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_SPACE = /^\d{1,3}( \d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;
const PLAIN = /^\d+$/;

/** Whole, non-negative-or-negative count. `1.234` = 1234; `1,5` is refused. */
export function parseCount(text: string): NumberResult {
  const raw = shorten(text);
  const s = normalizeSpaces(text);
  const negative = s.startsWith("-");
  const body = negative ? s.slice(1).trim() : s;
  let digits: string | undefined;
  if (PLAIN.test(body)) digits = body;
  else if (GROUPED_DOT.test(body)) digits = body.replaceAll(".", "");
  else if (GROUPED_SPACE.test(body)) digits = body.replaceAll(" ", "");
  else if (GROUPED_COMMA.test(body))
    return fail(
      `"${raw}" không rõ: dấu phẩy là dấu thập phân trong tiếng Việt, số đếm không có phần thập phân; hãy dùng dấu chấm để phân cách hàng nghìn`,
      `"${raw}" is ambiguous: a comma is the decimal mark in Vietnamese and a count has no decimals; use a dot for thousands`,
    );
  if (digits === undefined)
    return fail(`"${raw}" không phải là số nguyên`, `"${raw}" is not a whole number`);
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return fail(`"${raw}" quá lớn`, `"${raw}" is too large`);
  // 0 + x turns a typed "-0" into 0: a negative zero would print as "-0" and sort below zero.
  return { ok: true, value: 0 + (negative ? -value : value) };
}

/**
 * A decimal such as minutes or a score. `97,5` and `97.5` are both 97.5; `1.234,5` is 1234.5.
 * `1.234` (a dot followed by exactly three digits) could be 1234 or 1.234 and is refused.
 */
export function parseDecimal(text: string): NumberResult {
  const raw = shorten(text);
  const s = normalizeSpaces(text);
  const negative = s.startsWith("-");
  const body = negative ? s.slice(1).trim() : s;
  let normalized: string | undefined;
  if (PLAIN.test(body)) normalized = body;
  else if (/^\d+,\d+$/.test(body)) normalized = body.replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) normalized = body.replaceAll(".", "").replace(",", ".");
  else if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(body)) normalized = body.replaceAll(" ", "").replace(",", ".");
  else if (/^\d+\.\d{3}$/.test(body))
    return fail(
      `"${raw}" không rõ: có thể là ${body.replace(".", "")} (dấu chấm phân cách hàng nghìn) hoặc ${body} (dấu chấm thập phân); hãy viết dấu phẩy cho phần thập phân`,
      `"${raw}" is ambiguous: it may be ${body.replace(".", "")} (dot as thousands separator) or ${body} (dot as decimal point); write the decimals with a comma`,
    );
  else if (/^\d+\.\d+$/.test(body)) normalized = body;
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(body)) normalized = body.replaceAll(".", "");
  if (normalized === undefined)
    return fail(`"${raw}" không phải là số`, `"${raw}" is not a number`);
  const value = Number(normalized);
  // 0 + x turns a typed "-0" into 0: a negative zero would print as "-0" and sort below zero.
  return { ok: true, value: 0 + (negative ? -value : value) };
}

function normalizeSpaces(raw: string): string {
  // Excel exports may use no-break or narrow no-break spaces as thousands separators.
  return raw.replace(/[\u00a0\u202f\u2009]/g, " ").trim();
}
