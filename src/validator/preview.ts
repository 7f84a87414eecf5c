/**
 * The on-time chart of each unit with accepted processing rows, as the unit's page would draw it: the
 * same model and rows as the build, computed in the worker, drawn by the page (charts need a document).
 */
import type { OnTimeRow } from "../charts/onTime";
import type { RecordsOf } from "../ingest/load-files";
import type { Granularity } from "../lib/period";
import { METRIC_DEFS } from "../metrics/definitions";
import { buildModel } from "../site/model";
import { onTimeSummary } from "../site/summaries";
import { onTimeRows } from "../site/unit-page";

export interface PreviewUnit {
  key: string;
  /** "Huyện Krông Pa". */
  name: string;
  granularity: Granularity;
  rows: OnTimeRow[];
  summary: string;
  definitionLabel: string;
  sample: boolean;
}

const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];

export function previewUnits(records: RecordsOf): PreviewUnit[] {
  if (records["exports/processing"].length === 0) return [];
  const site = buildModel(records);
  const out: PreviewUnit[] = [];
  for (const unit of site.units) {
    if (!unit.ownData) continue;
    const granularity = GRANULARITIES.find((g) => unit.series[g].some((p) => p.facts.resolved_on_time !== undefined));
    if (granularity === undefined) continue;
    const series = unit.series[granularity];
    const province = unit.level === "province" ? undefined : unit.province.series[granularity];
    out.push({
      key: unit.key,
      name: unit.fullName,
      granularity,
      rows: onTimeRows(series, province, "on_time_rate"),
      summary: onTimeSummary(series, province, "on_time_rate"),
      definitionLabel: METRIC_DEFS.on_time_rate.label,
      sample: series.some((p) => p.facts.sample),
    });
  }
  return out;
}
