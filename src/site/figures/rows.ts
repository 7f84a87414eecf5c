/** Chart rows from series points: a metric's value where the facts give one, left out where not (never 0). */
import { formatCount, formatPercent } from "../../lib/format";
import type { MetricId } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { MissingReason } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import type { Cell } from "./table";

export const valueOf = (metric: MetricId, p: SeriesPoint | undefined): number | undefined =>
  p === undefined ? undefined : METRIC_DEFS[metric].compute(p.facts);

/**
 * A row from values that may be missing: missing ones are left out (never 0), which is what the
 * optional fields of the chart rows mean.
 */
export function rowOf<R extends object>(values: { [K in keyof R]-?: R[K] | undefined }): R {
  return Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as R;
}

/** Table cells: a formatted value, or the reason there is none (never 0). */
export function valueCell(x: number | null | undefined, format: (x: number) => string, why: MissingReason | undefined): Cell {
  if (x !== undefined && x !== null) return format(x);
  return why === undefined ? undefined : { missing: why };
}
export const percentCell = (x: number | null | undefined, why?: MissingReason) => valueCell(x, formatPercent, why);
export const countCell = (x: number | null | undefined, why?: MissingReason) => valueCell(x, formatCount, why);
