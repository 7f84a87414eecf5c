/**
 * Reporting periods: `YYYY-MM`, `YYYY-Qn`, `YYYY`, as ranges of ISO dates and of months, and as
 * sequences. A leaf module: ingest, metrics, charts, site and browser code all import it, and it
 * imports nothing of the project.
 */

export type Period =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "year"; year: number };

/** "month", "quarter" or "year". */
export type Granularity = Period["kind"];

export const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];

/** "2025-06" → month, "2025-Q2" (or "2025-q2") → quarter, "2025" → year; anything else undefined. */
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

export interface DateRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const FORMS: Record<Granularity, string> = { month: "YYYY-MM", quarter: "YYYY-Qn", year: "YYYY" };

/**
 * Like parsePeriod, for code that keys data by period id: anything but a period written the
 * canonical way ("2025-Q2", not "2025-q2"), of granularity `kind` when given, is a programming error.
 */
export function requirePeriod<K extends Granularity = Granularity>(period: string, kind?: K): Extract<Period, { kind: K }> {
  const p = parsePeriod(period);
  if (p === undefined || period !== period.toUpperCase()) {
    throw new RangeError(`not a period (YYYY-MM, YYYY-Qn or YYYY): ${JSON.stringify(period)}`);
  }
  if (kind !== undefined && p.kind !== kind) throw new RangeError(`not a ${kind} (${FORMS[kind]}): ${period}`);
  return p as Extract<Period, { kind: K }>;
}

export function monthsOf(p: Period): { first: number; last: number } {
  switch (p.kind) {
    case "month":
      return { first: p.month, last: p.month };
    case "quarter":
      return { first: p.quarter * 3 - 2, last: p.quarter * 3 };
    case "year":
      return { first: 1, last: 12 };
  }
}

export function periodRange(period: string): DateRange {
  const p = parsePeriod(period);
  if (p === undefined) throw new Error(`not a period: ${period}`);
  const { first, last } = monthsOf(p);
  return { start: `${p.year}-${pad(first)}-01`, end: `${p.year}-${pad(last)}-${pad(lastDayOfMonth(p.year, last))}` };
}

/** Every `YYYY-MM` the period covers. */
export function periodMonths(period: string): string[] {
  const p = parsePeriod(period);
  if (p === undefined) return [];
  const { first, last } = monthsOf(p);
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(`${p.year}-${pad(m)}`);
  return months;
}

export function quarterOf(month: string): string {
  const [y, m] = month.split("-");
  return `${y}-Q${Math.ceil(Number(m) / 3)}`;
}

export function yearOf(periodId: string): string {
  return periodId.slice(0, 4);
}

/** `YYYY-MM` → `YYYY-MM` shifted by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The same period one year earlier: 2025-06 → 2024-06, 2025-Q2 → 2024-Q2. */
export function samePeriodLastYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

const PER_YEAR: Record<Granularity, number> = { month: 12, quarter: 4, year: 1 };

/** The number of a period within its year: its month, its quarter, or 1 for a year. */
function indexInYear(p: Period): number {
  return p.kind === "month" ? p.month : p.kind === "quarter" ? p.quarter : 1;
}

function periodId(kind: Granularity, year: number, index: number): string {
  switch (kind) {
    case "month":
      return `${year}-${pad(index)}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "year":
      return String(year);
  }
}

/** Every period from `first` to `last` inclusive, both of one granularity: ("2025-11", "2026-02") → 4 months. */
export function periodSequence(first: string, last: string): string[] {
  const a = requirePeriod(first);
  const b = requirePeriod(last);
  if (a.kind !== b.kind) throw new RangeError(`periods of different granularity: ${first}, ${last}`);
  const n = PER_YEAR[a.kind];
  const out: string[] = [];
  for (let k = a.year * n + indexInYear(a) - 1; k <= b.year * n + indexInYear(b) - 1; k++) {
    out.push(periodId(a.kind, Math.floor(k / n), (k % n) + 1));
  }
  return out;
}

/**
 * The period of granularity `g` that contains `period` (a month, quarter, year or an ISO date
 * `YYYY-MM-DD`): ("2025-12-31", "quarter") → "2025-Q4". A coarser period asked at a finer
 * granularity gives its last sub-period: ("2025", "month") → "2025-12".
 */
export function periodAt(period: string, g: Granularity): string {
  const p = requirePeriod(/^\d{4}-\d{2}-\d{2}$/.test(period) ? period.slice(0, 7) : period);
  const { last } = monthsOf(p);
  return periodId(g, p.year, g === "month" ? last : g === "quarter" ? Math.ceil(last / 3) : 1);
}

/**
 * The continuous, sorted span covering the given periods (all of one granularity): periods absent
 * from the input are filled in, so that charts show them as gaps.
 */
export function periodDomain(periods: readonly string[]): { domain: string[]; granularity: Granularity } {
  if (periods.length === 0) throw new RangeError("no periods");
  const sorted = [...new Set(periods)].sort((a, b) => comparePeriods(requirePeriod(a), requirePeriod(b)));
  const first = requirePeriod(sorted[0] as string);
  for (const p of sorted) {
    if (requirePeriod(p).kind !== first.kind) throw new RangeError(`periods of different granularity: ${sorted[0]}, ${p}`);
  }
  return { domain: periodSequence(sorted[0] as string, sorted[sorted.length - 1] as string), granularity: first.kind };
}

function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || indexInYear(a) - indexInYear(b);
}

/** The day before an ISO date: "2025-07-01" → "2025-06-30". */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The day after an ISO date: "2025-06-30" → "2025-07-01". */
export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A date known to the day, or a period (plans often give only a month): its date range. */
export function dateOrPeriodRange(value: string): DateRange {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { start: value, end: value } : periodRange(value);
}

/**
 * The time a published figure covers: its period, or its window (either end a date or a period;
 * an "as of" figure has only an end). Undefined when the source states no time at all.
 */
export function figureSpan(f: { period?: string | undefined; window_from?: string | undefined; window_to?: string | undefined }): Partial<DateRange> | undefined {
  if (f.period !== undefined) return periodRange(f.period);
  if (f.window_to === undefined) return undefined;
  const span: Partial<DateRange> = { end: dateOrPeriodRange(f.window_to).end };
  if (f.window_from !== undefined) span.start = dateOrPeriodRange(f.window_from).start;
  return span;
}
