/**
 * Reporting periods as officials write them ("Tháng 6/2025", "Quý II/2025", "6 tháng đầu năm 2025",
 * "Từ ngày 15/4/2025 đến ngày 14/5/2025"), read into the contract's canonical ids or refused with the
 * list of accepted forms. Nothing is guessed: a spelling that could mean two things is refused.
 *
 * Canonical ids: `YYYY-MM` (month), `YYYY-Qn` (quarter), `YYYY-H1`/`YYYY-H2` (half-year), `YYYY` (year).
 * Under Circular 01/2020/TT-VPCP (art. 12) a periodic report does not cover calendar months: the month
 * of report M runs from the 15th of month M−1 to the 14th of month M, and quarters, half-years and years
 * are unions of those months. `reportingWindow` gives that window; a source that uses another window
 * (Gia Lai's 21/9–20/10/2025) keeps it explicitly beside the period it is labelled with.
 */
import { foldVietnamese } from "../lib/vietnamese";
import { shorten } from "./issues";

export type PeriodKind = "month" | "quarter" | "half" | "year";

export interface DateWindow {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, inclusive, `YYYY-MM-DD`. */
  end: string;
}

export type PeriodReading =
  | {
      ok: true;
      kind: PeriodKind;
      period: string;
      /** Only when the text states a window other than the Circular 01/2020 window of `period`. */
      window?: DateWindow;
    }
  | { ok: false; vi: string; en: string };

/** The forms accepted, as shown in messages and in docs/data-format.md. */
export const ACCEPTED_PERIOD_FORMS = [
  "2025-06",
  "06/2025",
  "6/2025",
  "T6/2025",
  "Tháng 6/2025",
  "Tháng 6 năm 2025",
  "2025-Q2",
  "Quý II/2025",
  "Quý 2/2025",
  "Q2/2025",
  "Quý II năm 2025",
  "6 tháng đầu năm 2025 (2025-H1)",
  "6 tháng cuối năm 2025 (2025-H2)",
  "Năm 2025",
  "2025",
  "Từ ngày 15/5/2025 đến ngày 14/6/2025",
] as const;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad = (n: number) => String(n).padStart(2, "0");

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Month M of year Y shifted by n months, as [year, month]. */
function shift(y: number, m: number, n: number): [number, number] {
  const total = y * 12 + (m - 1) + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

/** The months a canonical period covers, first and last, as [year, month]. */
function monthSpan(kind: PeriodKind, year: number, n: number): [[number, number], [number, number]] {
  switch (kind) {
    case "month":
      return [[year, n], [year, n]];
    case "quarter":
      return [[year, n * 3 - 2], [year, n * 3]];
    case "half":
      return [[year, n * 6 - 5], [year, n * 6]];
    case "year":
      return [[year, 1], [year, 12]];
  }
}

function parseCanonical(period: string): { kind: PeriodKind; year: number; n: number } | undefined {
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return { kind: "month", year: Number(m[1]), n: Number(m[2]) };
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return { kind: "quarter", year: Number(m[1]), n: Number(m[2]) };
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return { kind: "half", year: Number(m[1]), n: Number(m[2]) };
  m = /^(\d{4})$/.exec(period);
  if (m) return { kind: "year", year: Number(m[1]), n: 1 };
  return undefined;
}

/** The Circular 01/2020 reporting window of a canonical period: 15th of the month before to the 14th. */
export function reportingWindow(period: string): DateWindow {
  const p = parseCanonical(period);
  if (p === undefined) throw new RangeError(`not a canonical period: ${JSON.stringify(period)}`);
  const [[fy, fm], [ly, lm]] = monthSpan(p.kind, p.year, p.n);
  const [sy, sm] = shift(fy, fm, -1);
  return { start: iso(sy, sm, 15), end: iso(ly, lm, 14) };
}

/** Calendar dates of a canonical period (first to last day), for sources that report by calendar month. */
export function calendarWindow(period: string): DateWindow {
  const p = parseCanonical(period);
  if (p === undefined) throw new RangeError(`not a canonical period: ${JSON.stringify(period)}`);
  const [[fy, fm], [ly, lm]] = monthSpan(p.kind, p.year, p.n);
  const lastDay = new Date(Date.UTC(ly, lm, 0)).getUTCDate();
  return { start: iso(fy, fm, 1), end: iso(ly, lm, lastDay) };
}

const refused = (text: string): PeriodReading => ({
  ok: false,
  vi: `không đọc được kỳ báo cáo «${shorten(text)}»; các cách viết được chấp nhận: ${ACCEPTED_PERIOD_FORMS.join("; ")}`,
  en: `cannot read the period "${shorten(text)}"; accepted forms: ${ACCEPTED_PERIOD_FORMS.join("; ")}`,
});

const month = (y: number, m: number): PeriodReading | undefined =>
  m >= 1 && m <= 12 ? { ok: true, kind: "month", period: `${y}-${pad(m)}` } : undefined;
const quarter = (y: number, q: number): PeriodReading | undefined =>
  q >= 1 && q <= 4 ? { ok: true, kind: "quarter", period: `${y}-Q${q}` } : undefined;

/** Folded, single-spaced, without a leading "kỳ báo cáo:" label: "Tháng  6 / 2025" → "thang 6/2025". */
function normalise(text: string): string {
  return foldVietnamese(text.normalize("NFC"))
    .replace(/\s+/g, " ")
    .replace(/\s*([/\-–])\s*/g, "$1")
    .trim()
    .replace(/^ky bao cao:?\s*/, "")
    .replace(/[.;,]$/, "");
}

/**
 * A window "Từ ngày d/m/y đến ngày d/m/y". It is labelled with the month (or quarter…) whose Circular
 * window it equals, or else with the month in which it ends, keeping the window explicitly.
 */
function readWindow(s: string, text: string): PeriodReading | undefined {
  const m = /^tu(?: ngay)? (\d{1,2})\/(\d{1,2})\/(\d{4}) den(?: het)?(?: ngay)? (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return undefined;
  const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (!isRealDate(y1, m1, d1) || !isRealDate(y2, m2, d2)) return refused(text);
  const window = { start: iso(y1, m1, d1), end: iso(y2, m2, d2) };
  if (window.start > window.end) return refused(text);
  for (const kind of ["month", "quarter", "half", "year"] as const) {
    const n = kind === "month" ? m2 : kind === "quarter" ? Math.ceil(m2 / 3) : kind === "half" ? Math.ceil(m2 / 6) : 1;
    const period = kind === "month" ? `${y2}-${pad(n)}` : kind === "quarter" ? `${y2}-Q${n}` : kind === "half" ? `${y2}-H${n}` : `${y2}`;
    const standard = reportingWindow(period);
    if (standard.start === window.start && standard.end === window.end) return { ok: true, kind, period };
  }
  const days = (Date.parse(window.end) - Date.parse(window.start)) / 86_400_000 + 1;
  // About one month long: labelled with the month it ends in, as reports and the press do.
  if (days >= 28 && days <= 31) return { ok: true, kind: "month", period: `${y2}-${pad(m2)}`, window };
  return refused(text);
}

/** Reads one period cell or title line. */
export function readPeriodSpelling(text: string): PeriodReading {
  const s = normalise(text);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return month(Number(m[1]), Number(m[2])) ?? refused(text);
  if ((m = /^(?:t ?|thang )?(\d{1,2})\/(\d{4})$/.exec(s)) ?? (m = /^thang (\d{1,2}) nam (\d{4})$/.exec(s)))
    return month(Number(m[2]), Number(m[1])) ?? refused(text);
  if ((m = /^(\d{4})-q([1-4])$/.exec(s))) return quarter(Number(m[1]), Number(m[2])) ?? refused(text);
  if ((m = /^(?:quy ?|q)(i{1,3}|iv|\d)(?:\/| nam )(\d{4})$/.exec(s))) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    return quarter(Number(m[2]), q) ?? refused(text);
  }
  if ((m = /^(\d{4})-h([12])$/.exec(s))) return { ok: true, kind: "half", period: `${m[1]}-H${m[2]}` };
  if ((m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(s)))
    return { ok: true, kind: "half", period: `${m[2]}-H${m[1] === "dau" ? 1 : 2}` };
  if ((m = /^(?:nam )?(\d{4})$/.exec(s))) return { ok: true, kind: "year", period: m[1]! };
  return readWindow(s, text) ?? refused(text);
}

/**
 * The period stated in a title line of a form-06 sheet ("Kỳ báo cáo: Tháng 5/2025", "(Từ ngày 15/4/2025
 * đến ngày 14/5/2025)", "QUÝ II NĂM 2025"), or undefined when the line states none.
 */
export function periodInTitle(line: string): PeriodReading | undefined {
  const s = normalise(line).replace(/^\(|\)$/g, "");
  // "Krông Pa, ngày 20 tháng 5 năm 2025" is the signing date, not the period.
  if (/(?:^|[ ,])ngay \d{1,2} thang \d{1,2} nam \d{4}/.test(s)) return undefined;
  const patterns = [
    /tu(?: ngay)? \d{1,2}\/\d{1,2}\/\d{4} den(?: het)?(?: ngay)? \d{1,2}\/\d{1,2}\/\d{4}/,
    /6 thang (?:dau|cuoi) nam \d{4}/,
    /quy (?:i{1,3}|iv|\d)(?:\/| nam )\d{4}/,
    /thang \d{1,2}(?:\/| nam )\d{4}/,
    /(?:^|\s)nam \d{4}$/,
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(s);
    if (found) return readPeriodSpelling(found[0].trim());
  }
  return undefined;
}
