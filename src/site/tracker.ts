/** The targets tracker: every target × every unit it applies to, with status counts and filters. */
import type { TargetRecord } from "../ingest/contract";
import type { StatusResult, TargetStatus } from "../metrics/status";
import type { SiteModel, UnitView } from "./model";
import { statusOf, unitsForTarget } from "./targets";

export const STATUSES: readonly TargetStatus[] = ["met", "on_track", "behind", "ended", "no_data", "not_measurable"];

export interface TrackerRow {
  target: TargetRecord;
  units: { unit: UnitView; status: StatusResult }[];
  counts: Record<TargetStatus, number>;
  provinces: UnitView[];
}

export function trackerRows(site: SiteModel): TrackerRow[] {
  return site.targets.map((target) => {
    const units = unitsForTarget(site, target).map((unit) => ({ unit, status: statusOf(unit, target, site.targets) }));
    const counts: Record<TargetStatus, number> = { met: 0, on_track: 0, behind: 0, ended: 0, no_data: 0, not_measurable: 0 };
    for (const u of units) counts[u.status.status]++;
    const provinces = [...new Map(units.map((u) => [u.unit.province.key, u.unit.province])).values()];
    return { target, units, counts, provinces };
  });
}

export function tasksCarrying(site: SiteModel, targetId: string) {
  return site.index.tasksOfTarget.get(targetId) ?? [];
}
