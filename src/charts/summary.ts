/** Helpers for the generated text summaries (the SVG `<desc>`, reusable as captions). */
import { formatPercent, formatPeriod, joinList } from "../lib/format";
import { isValue, type Maybe } from "./scales";

export interface PeriodValue {
  period: string;
  value: number;
}

/** The defined values of `pick` in period order. */
export function definedValues<T extends { period: string }>(rows: readonly T[], pick: (row: T) => Maybe): PeriodValue[] {
  return rows.flatMap((row) => {
    const value = pick(row);
    return isValue(value) ? [{ period: row.period, value }] : [];
  });
}

/** Lowest, highest (first occurrence) and latest of a series, or undefined when it has no value. */
export function extremes(values: readonly PeriodValue[]): { min: PeriodValue; max: PeriodValue; last: PeriodValue } | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  let min = first;
  let max = first;
  for (const v of values) {
    if (v.value < min.value) min = v;
    if (v.value > max.value) max = v;
  }
  return { min, max, last: values[values.length - 1] as PeriodValue };
}

/** "<name> cao nhất 99,0% (Tháng 2/2025), thấp nhất 90,0% (Tháng 5/2025)." or "" when the values have no range. */
export function rangeSentence(name: string, values: readonly PeriodValue[]): string {
  const ext = extremes(values);
  if (ext === undefined || ext.min.period === ext.max.period) return "";
  const { min, max } = ext;
  return `${name} cao nhất ${formatPercent(max.value, 1)} (${formatPeriod(max.period)}), thấp nhất ${formatPercent(min.value, 1)} (${formatPeriod(min.period)}).`;
}

/** "Không có số liệu: Tháng 3/2025 và Tháng 4/2025." or "" when nothing is missing. */
export function missingSentence(periods: readonly string[], label = "Không có số liệu"): string {
  return periods.length === 0 ? "" : `${label}: ${joinList(periods.map(formatPeriod))}.`;
}

/** "Tháng 1/2025 đến Tháng 12/2025" (or the one period). */
export function spanPhrase(domain: readonly string[]): string {
  const first = domain[0];
  const last = domain[domain.length - 1];
  if (first === undefined || last === undefined) return "";
  return first === last ? formatPeriod(first) : `${formatPeriod(first)} đến ${formatPeriod(last)}`;
}

/** Joins sentences, skipping empty ones. */
export function sentences(...parts: readonly (string | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? "")
    .filter((p) => p !== "")
    .join(" ");
}
