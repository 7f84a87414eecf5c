/**
 * Per-unit time series: monthly facts from the four exports, aggregated to quarters and years
 * only when every month is present (an incomplete quarter is a gap, not a smaller number).
 */
import type { RecordsOf } from "../ingest/load";
import { periodMonths, quarterOf, yearOf } from "../lib/period";
import { factsOfRows, sumFacts, type Facts, type PeriodRows } from "./facts";

export type Granularity = "month" | "quarter" | "year";

export interface SeriesPoint {
  period: string;
  facts: Facts;
}

/** unit key → month → rows. Records whose period is a quarter or year are kept at that period. */
export function rowsByUnit(
  records: RecordsOf,
  keyOf: (code: string, period: string) => string | undefined,
): Map<string, Map<string, PeriodRows>> {
  const byUnit = new Map<string, Map<string, PeriodRows>>();
  const put = (code: string, period: string, slot: keyof PeriodRows, row: PeriodRows[keyof PeriodRows]) => {
    const key = keyOf(code, period);
    if (key === undefined) return;
    const periods = byUnit.get(key) ?? new Map<string, PeriodRows>();
    const rows = periods.get(period) ?? {};
    (rows as Record<string, unknown>)[slot] = row;
    periods.set(period, rows);
    byUnit.set(key, periods);
  };
  for (const { record } of records["exports/processing"]) put(record.unit_code, record.period, "processing", record);
  for (const { record } of records["exports/online-services"]) put(record.unit_code, record.period, "online", record);
  for (const { record } of records["exports/digitization"]) put(record.unit_code, record.period, "digitization", record);
  for (const { record } of records["exports/satisfaction"]) put(record.unit_code, record.period, "satisfaction", record);
  return byUnit;
}

/** Monthly facts for the given months; a month without rows has empty facts (all fields missing). */
export function monthlySeries(rows: Map<string, PeriodRows> | undefined, months: readonly string[]): SeriesPoint[] {
  return months.map((m) => {
    const r = rows?.get(m);
    return { period: m, facts: r ? factsOfRows(r) : { inconsistencies: [], sample: false } };
  });
}

export function aggregate(monthly: readonly SeriesPoint[], granularity: Granularity): SeriesPoint[] {
  if (granularity === "month") return [...monthly];
  const groupOf = granularity === "quarter" ? quarterOf : yearOf;
  const groups = new Map<string, SeriesPoint[]>();
  for (const p of monthly) {
    const g = groupOf(p.period);
    groups.set(g, [...(groups.get(g) ?? []), p]);
  }
  const out: SeriesPoint[] = [];
  for (const [period, points] of groups) {
    // Only whole periods: the first and last quarter of a unit's life may be partial.
    if (points.length !== periodMonths(period).length) continue;
    out.push({ period, facts: sumFacts(points.map((p) => p.facts), "over-time") });
  }
  return out;
}

/** Facts of several units for the same periods, summed unit by unit (province totals, former district areas). */
export function sumAcrossUnits(series: readonly (readonly SeriesPoint[])[]): SeriesPoint[] {
  const first = series[0];
  if (first === undefined) return [];
  return first.map((p, i) => ({
    period: p.period,
    facts: sumFacts(series.map((s) => s[i]?.facts ?? { inconsistencies: [], sample: false }), "over-units"),
  }));
}

export function hasAnyData(f: Facts): boolean {
  return Object.entries(f).some(([k, v]) => k !== "inconsistencies" && k !== "sample" && typeof v === "number");
}
