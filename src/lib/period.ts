/** Reporting periods: `YYYY-MM`, `YYYY-Qn`, `YYYY`, as ranges of ISO dates and of months. */
import { parsePeriod, type Period } from "../ingest/fields";

export type { Period };
export { parsePeriod };

export interface DateRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
