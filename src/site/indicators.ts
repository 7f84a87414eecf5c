/**
 * Headline indicators of a unit: value for the latest period, the change against a year earlier,
 * the province average and the unit's rank among its peers.
 */
import type { MetricId } from "../lib/identity";
import { periodMonths, samePeriodLastYear } from "../lib/period";
import { METRIC_DEFS } from "../metrics/definitions";
import type { Granularity, SeriesPoint } from "../metrics/series";
import type { UnitView } from "./model";

export const HEADLINE_METRICS: readonly MetricId[] = ["on_time_rate", "online_dossier_share", "digitized_dossier_share", "satisfaction_share"];

/**
 * The series a metric is read from: monthly where the exports are monthly, else quarterly or
 * annual, so a unit that reports by quarter still has headlines, ranks and statuses.
 */
export function metricSeries(unit: UnitView, metric: MetricId): SeriesPoint[] {
  const has = (g: Granularity) => unit.series[g].some((p) => METRIC_DEFS[metric].compute(p.facts) !== undefined);
  return unit.series[(["month", "quarter", "year"] as const).find(has) ?? "month"];
}

export function valueAt(series: readonly SeriesPoint[], metric: MetricId, period: string): number | undefined {
  const p = series.find((s) => s.period === period);
  return p === undefined ? undefined : METRIC_DEFS[metric].compute(p.facts);
}

/** The latest period in which the metric has a value. */
export function latestWithValue(series: readonly SeriesPoint[], metric: MetricId): { period: string; value: number } | undefined {
  for (let i = series.length - 1; i >= 0; i--) {
    const p = series[i];
    if (p === undefined) continue;
    const v = METRIC_DEFS[metric].compute(p.facts);
    if (v !== undefined) return { period: p.period, value: v };
  }
  return undefined;
}

export interface Headline {
  metric: MetricId;
  period?: string;
  value?: number;
  lastYear?: number;
  provinceValue?: number;
  rank?: number;
  of?: number;
  /** Known source inconsistencies in the period the value comes from. */
  flags?: string[];
}

/** Notes of known source inconsistencies in one period of a series. */
export function flagsAt(series: readonly SeriesPoint[], period: string): string[] {
  return series.find((p) => p.period === period)?.facts.inconsistencies ?? [];
}

/** Units of the same level in the same province that have data: who a unit is ranked against. */
export function peersOf(unit: UnitView): UnitView[] {
  return unit.province.children.flatMap((c) => (c.level === unit.level ? [c] : c.children.filter((g) => g.level === unit.level))).filter(
    (u) => u.hasData,
  );
}

/** Competition ranking ("1, 2, 2, 4"): one more than the number of units strictly better. */
export function competitionRank(value: number, others: readonly number[], better: "higher" | "lower"): number {
  return 1 + others.filter((o) => (better === "higher" ? o > value : o < value)).length;
}

export function rankIn(units: readonly UnitView[], metric: MetricId, period: string, unitKey: string): { rank: number; of: number } | undefined {
  const values = units
    .map((u) => ({ key: u.key, value: valueAt(metricSeries(u, metric), metric, period) }))
    .filter((x): x is { key: string; value: number } => x.value !== undefined);
  const own = values.find((v) => v.key === unitKey);
  if (own === undefined) return undefined;
  return { rank: competitionRank(own.value, values.map((v) => v.value), METRIC_DEFS[metric].better), of: values.length };
}

export function headline(unit: UnitView, metric: MetricId): Headline {
  const series = metricSeries(unit, metric);
  const latest = latestWithValue(series, metric);
  if (latest === undefined) return { metric };
  const h: Headline = { metric, period: latest.period, value: latest.value };
  const flags = flagsAt(series, latest.period);
  if (flags.length > 0) h.flags = flags;
  const ly = valueAt(series, metric, samePeriodLastYear(latest.period));
  if (ly !== undefined) h.lastYear = ly;
  if (unit.level !== "province") {
    const pv = valueAt(metricSeries(unit.province, metric), metric, latest.period);
    if (pv !== undefined) h.provinceValue = pv;
    const r = rankIn(peersOf(unit), metric, latest.period, unit.key);
    if (r) {
      h.rank = r.rank;
      h.of = r.of;
    }
  }
  return h;
}

export interface PeerComparison {
  metric: MetricId;
  period: string;
  value?: number;
  median?: number;
  best?: { unit: UnitView; value: number };
  worst?: { unit: UnitView; value: number };
  count: number;
}

/** The unit against its peers (same level, same province) in the unit's latest period of each metric. */
export function peerComparison(unit: UnitView): PeerComparison[] {
  const peers = peersOf(unit);
  return HEADLINE_METRICS.flatMap((metric) => {
    const latest = latestWithValue(metricSeries(unit, metric), metric);
    if (latest === undefined) return [];
    const better = METRIC_DEFS[metric].better === "higher" ? 1 : -1;
    const values = peers
      .map((u) => ({ unit: u, value: valueAt(metricSeries(u, metric), metric, latest.period) }))
      .filter((x): x is { unit: UnitView; value: number } => x.value !== undefined)
      .sort((a, b) => better * (b.value - a.value));
    const sorted = values.map((v) => v.value).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
    const row: PeerComparison = { metric, period: latest.period, value: latest.value, count: values.length };
    if (median !== undefined) row.median = median;
    const best = values[0];
    const worst = values.at(-1);
    if (best) row.best = best;
    if (worst) row.worst = worst;
    return [row];
  });
}

/** Values keyed by month; a quarter or year counts at its last month (when its report is complete). */
export function monthlyValues(series: readonly SeriesPoint[], metric: MetricId): { month: string; value: number | undefined }[] {
  return series.map((p) => ({ month: periodMonths(p.period).at(-1) ?? p.period, value: METRIC_DEFS[metric].compute(p.facts) }));
}
