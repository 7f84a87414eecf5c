/**
 * Per-unit time series at a granularity (month, quarter, year) from the four exports, which may
 * each be reported monthly, quarterly or annually. A quarter or year is the row reported for it,
 * or the sum of its parts only when every part is present: an incomplete quarter is a gap.
 */
import type { RecordsOf } from "../ingest/load";
import { periodMonths, quarterOf, yearOf, type Granularity } from "../lib/period";
import { factsOfRows, sumFacts, type Facts, type PeriodRows } from "./facts";

export type { Granularity };

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

const EMPTY: Facts = { inconsistencies: [], sample: false };
const SLOTS = ["processing", "online", "digitization", "satisfaction"] as const;

function periodOf(month: string, granularity: Granularity): string {
  return granularity === "month" ? month : granularity === "quarter" ? quarterOf(month) : yearOf(month);
}

/** A quarter is made of months, a year of quarters (each of which may be made of months). */
function partsOf(period: string): string[] {
  if (/^\d{4}$/.test(period)) return [1, 2, 3, 4].map((q) => `${period}-Q${q}`);
  if (/-Q\d$/.test(period)) return periodMonths(period);
  return [];
}

/**
 * Facts of one export for one period: the row reported for exactly that period, or else the sum
 * of its parts when every part was reported. Exports may be monthly, quarterly or annual.
 */
function slotFacts(rows: Map<string, PeriodRows>, period: string, slot: (typeof SLOTS)[number]): Facts {
  const direct = rows.get(period)?.[slot];
  if (direct) return factsOfRows({ [slot]: direct });
  const parts = partsOf(period);
  if (parts.length === 0) return EMPTY;
  const facts = parts.map((p) => slotFacts(rows, p, slot));
  return facts.every(hasAnyData) ? sumFacts(facts, "over-time") : EMPTY;
}

function mergeFacts(parts: readonly Facts[]): Facts {
  const merged: Facts = { inconsistencies: parts.flatMap((p) => p.inconsistencies), sample: parts.some((p) => p.sample) };
  for (const p of parts) for (const [k, v] of Object.entries(p)) if (typeof v === "number") (merged as unknown as Record<string, number>)[k] = v;
  return merged;
}

/** The series of one unit at a granularity, over the periods that its months fall in. */
export function seriesFromRows(rows: Map<string, PeriodRows> | undefined, months: readonly string[], granularity: Granularity): SeriesPoint[] {
  const periods = [...new Set(months.map((m) => periodOf(m, granularity)))];
  return periods.map((period) => ({
    period,
    facts: rows === undefined ? EMPTY : mergeFacts(SLOTS.map((slot) => slotFacts(rows, period, slot))),
  }));
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
