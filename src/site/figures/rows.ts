/** Chart rows from series points: a metric's value where the facts give one, left out where not (never 0). */
import { formatCount, formatPercent } from "../../lib/format";
import type { MetricId } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { SeriesPoint } from "../../metrics/series";

export const valueOf = (metric: MetricId, p: SeriesPoint | undefined): number | undefined =>
  p === undefined ? undefined : METRIC_DEFS[metric].compute(p.facts);

/**
 * A row from values that may be missing: missing ones are left out (never 0), which is what the
 * optional fields of the chart rows mean.
 */
export function rowOf<R extends object>(values: { [K in keyof R]-?: R[K] | undefined }): R {
  return Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as R;
}

/** Table cells: a formatted value, or undefined for "no data" (never 0). */
export const percentCell = (x: number | null | undefined) => (x === undefined || x === null ? undefined : formatPercent(x));
export const countCell = (x: number | null | undefined) => (x === undefined || x === null ? undefined : formatCount(x));
