/**
 * Everything a district or commune page shows, computed from the model: headline ranks, targets
 * with statuses, the links across the 2025 reform, and what its figures are drawn from.
 */
import type { TargetRecord } from "../ingest/contract";
import type { Granularity, SeriesPoint } from "../metrics/series";
import type { StatusResult } from "../metrics/status";
import type { UnitFiguresInput } from "./figures/unit-figures";
import { digitizationTargets } from "./figures/digitization";
import { formerAreaSeries, hasSample, type SiteModel, type UnitView } from "./model";
import { HEADLINE_METRICS, headline, type Headline } from "./indicators";
import { statusOf, targetsForUnit } from "./targets";

export interface UnitPageModel {
  unit: UnitView;
  headlines: Headline[];
  sample: boolean;
  formerArea: Record<Granularity, SeriesPoint[]> | undefined;
  targets: { target: TargetRecord; status: StatusResult }[];
  /** What the unit's figures are drawn from; the browser rebuilds the same from the data files. */
  figures: UnitFiguresInput;
}

export function unitPageModel(site: SiteModel, unit: UnitView): UnitPageModel {
  const applying = targetsForUnit(site, unit);
  const targets = applying.map((target) => ({ target, status: statusOf(unit, target, site.targets) }));
  const sample = hasSample(unit.series);
  const area = unit.level === "district" ? formerAreaSeries(unit) : undefined;
  return {
    unit,
    headlines: HEADLINE_METRICS.map((m) => headline(unit, m)),
    sample,
    formerArea: area,
    targets,
    figures: {
      subject: unit,
      province: unit.level === "province" ? undefined : unit.province,
      targets: digitizationTargets(applying),
      sample,
      formerArea: area === undefined ? undefined : {
        series: area,
        successors: unit.successors.filter((s) => s.level === "commune" && !s.ended).length,
        sample: hasSample(area),
      },
    },
  };
}
