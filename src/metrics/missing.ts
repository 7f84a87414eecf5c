/**
 * Why a value is missing. A cell without a number says which of these holds, so a reader can tell a
 * unit that sent no report from one that did not exist yet, a quarter with months still to come,
 * and a rate over nothing. Computed from what the build and the browser both have: the unit's
 * series at every granularity and its validity.
 */
import type { MetricId } from "../lib/identity";
import { parsePeriod, periodRange, type DateRange, type Granularity } from "../lib/period";
import { METRIC_DEFS } from "./definitions";
import type { Facts } from "./facts";
import type { SeriesPoint } from "./series";

/** In the order tables explain them. */
export const MISSING_REASONS = ["not-reported", "incomplete-period", "zero-denominator", "before-unit", "after-unit"] as const;
/**
 * - not-reported: no row gives the value for the period;
 * - incomplete-period: a quarter or year of which only some months (or quarters) were reported;
 * - zero-denominator: the counts are there, but the rate divides by 0;
 * - before-unit, after-unit: the period starts before the unit was established, or ends after it ceased.
 */
export type MissingReason = (typeof MISSING_REASONS)[number];

/** A count of the exports that tables show as it is. */
export type CountField = Exclude<keyof Facts, "inconsistencies" | "sample">;
/** What a cell holds: a metric, or one count. */
export type Measure = MetricId | CountField;

/** Why `measure` has no value for `period`; undefined when it has one. */
export type ReasonOf = (measure: Measure, period: string) => MissingReason | undefined;

const isMetric = (m: Measure): m is MetricId => Object.hasOwn(METRIC_DEFS, m);

const valueIn = (m: Measure, f: Facts): number | undefined => (isMetric(m) ? METRIC_DEFS[m].compute(f) : f[m]);

/** The period has an answer for the measure: a value, or a rate known to be over 0. */
const answered = (m: Measure, f: Facts): boolean => valueIn(m, f) !== undefined || (isMetric(m) && METRIC_DEFS[m].whole(f) === 0);

const EMPTY: Facts = { inconsistencies: [], sample: false };
const FINER: Record<Granularity, readonly Granularity[]> = { month: [], quarter: ["month"], year: ["quarter", "month"] };

/**
 * The reasons for one unit: its series at every granularity (the finer ones tell an incomplete
 * quarter or year from one not reported at all) and the dates it existed, both ends inclusive.
 */
export function missingReasons(series: Readonly<Record<Granularity, readonly SeriesPoint[]>>, validity: DateRange): ReasonOf {
  const byPeriod = new Map<string, Facts>();
  for (const points of Object.values(series)) for (const p of points) byPeriod.set(p.period, p.facts);
  const ranged = (g: Granularity) => series[g].map((p) => ({ range: periodRange(p.period), facts: p.facts }));
  const finer = new Map<Granularity, ReturnType<typeof ranged>>();
  const finerOf = (g: Granularity) => {
    const known = finer.get(g);
    if (known) return known;
    const points = FINER[g].flatMap(ranged);
    finer.set(g, points);
    return points;
  };
  return (measure, period) => {
    const facts = byPeriod.get(period) ?? EMPTY;
    if (valueIn(measure, facts) !== undefined) return undefined;
    if (isMetric(measure) && METRIC_DEFS[measure].whole(facts) === 0) return "zero-denominator";
    const range = periodRange(period);
    if (range.start < validity.start) return "before-unit";
    if (range.end > validity.end) return "after-unit";
    const kind = parsePeriod(period)?.kind ?? "month";
    const parts = finerOf(kind).filter((p) => range.start <= p.range.start && p.range.end <= range.end);
    return parts.some((p) => answered(measure, p.facts)) ? "incomplete-period" : "not-reported";
  };
}

