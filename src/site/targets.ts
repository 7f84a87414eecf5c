/**
 * Which targets apply to which units. A target applies to the units of its level inside its
 * plan's territory. Plans of the former provinces also follow their territory across the reform:
 * a commune-level target applies to the new communes formed from that territory (labelled so).
 */
import type { TargetRecord } from "../ingest/contract";
import { targetStatus, type StatusResult } from "../metrics/status";
import { basisOf, governingTarget } from "../metrics/target-rules";
import type { SiteModel, UnitView } from "./model";
import { metricSeries, monthlyValues } from "./indicators";

/** The unit (province or district) a plan covers, in force at the plan's date (or only version if undated). */
export function planScope(site: SiteModel, planId: string): UnitView | undefined {
  return site.index.scopeOfPlan.get(planId);
}

/** Units with a page the target applies to (the rule is in indexes.ts, where it is applied once). */
export function unitsForTarget(site: SiteModel, target: TargetRecord): readonly UnitView[] {
  return site.index.unitsOfTarget.get(target.id) ?? [];
}

export function targetsForUnit(site: SiteModel, unit: UnitView): readonly TargetRecord[] {
  return site.index.targetsOfUnit.get(unit.key) ?? [];
}

/**
 * A unit's status on a target. A target the site has no metric for, or a rule row (no number),
 * is not measurable. A derived milestone that a stated target of the same metric, level and year
 * covers takes the stated target's status: the stated one alone governs (metrics/target-rules.ts).
 * A province whose own one-stop desk reported nothing has no status: the sum of its districts or
 * communes is not the provincial desk a province-level target means.
 * A unit abolished before the due month is not projected past its end: it met the target, or it
 * ended before the due month without meeting it.
 */
export function statusOf(unit: UnitView, target: TargetRecord, all: readonly TargetRecord[] = []): StatusResult {
  if (basisOf(target) === "rule") return { status: "not_measurable", reason: "ambiguous_rule" };
  if (target.metric === undefined) return { status: "not_measurable", reason: "no_metric" };
  const governing = governingTarget(target, all);
  if (governing !== undefined) return { ...statusOf(unit, governing, all), governedBy: governing.id };
  if (target.value === undefined || !unit.ownData) return { status: "no_data" };
  const result = targetStatus(monthlyValues(metricSeries(unit, target.metric), target.metric), { op: target.op, value: target.value, due: target.due });
  const lastMonth = unit.record.valid_to?.slice(0, 7);
  if (lastMonth !== undefined && lastMonth < target.due && result.status !== "met" && result.status !== "no_data") {
    const ended: StatusResult = { status: "ended" };
    if (result.value !== undefined) ended.value = result.value;
    if (result.month !== undefined) ended.month = result.month;
    return ended;
  }
  return result;
}
