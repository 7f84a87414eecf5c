/**
 * The lookups pages make, built once with the site model: records by id, each plan's territory,
 * tasks and targets, each agency's tasks, each unit's published figures, and which targets apply to
 * which units, both ways. Pages and figures look things up here instead of scanning the lists.
 */
import type { AgencyRecord, PlanRecord, PublishedRecord, TargetRecord, TaskRecord, UnitRecord } from "../ingest/contract";
import { dateOrPeriodRange } from "../lib/period";
import { unitKey, type UnitIndex } from "../model/unit-index";
import type { UnitView } from "./model";

export interface SiteIndexes {
  /** Unit records by code and validity (codes are reused across the reform). */
  units: UnitIndex<UnitRecord>;
  plan: ReadonlyMap<string, PlanRecord>;
  target: ReadonlyMap<string, TargetRecord>;
  agency: ReadonlyMap<string, AgencyRecord>;
  published: ReadonlyMap<string, PublishedRecord>;
  /** The unit (province or district) each plan covers, by plan id; absent when it cannot be told. */
  scopeOfPlan: ReadonlyMap<string, UnitView>;
  tasksOfPlan: ReadonlyMap<string, readonly TaskRecord[]>;
  targetsOfPlan: ReadonlyMap<string, readonly TargetRecord[]>;
  tasksOfTarget: ReadonlyMap<string, readonly TaskRecord[]>;
  tasksLedBy: ReadonlyMap<string, readonly TaskRecord[]>;
  tasksCoordinatedBy: ReadonlyMap<string, readonly TaskRecord[]>;
  /** Published figures by unit key: code and validity end, never code alone. */
  publishedOfUnit: ReadonlyMap<string, readonly PublishedRecord[]>;
  /** Units with a page each target applies to, by target id, and the other way, by unit key. */
  unitsOfTarget: ReadonlyMap<string, readonly UnitView[]>;
  targetsOfUnit: ReadonlyMap<string, readonly TargetRecord[]>;
}

/** What the indexes are built from: the model's units and records. */
export interface IndexInput {
  units: UnitIndex<UnitRecord>;
  byKey: ReadonlyMap<string, UnitView>;
  pages: readonly UnitView[];
  plans: readonly PlanRecord[];
  tasks: readonly TaskRecord[];
  targets: readonly TargetRecord[];
  agencies: readonly AgencyRecord[];
  published: readonly PublishedRecord[];
}

const NONE: readonly never[] = [];

/** Items grouped under each of their keys, in their order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[] | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item) ?? NONE)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/** Published figures by the key of the unit they belong to. */
export function publishedByUnit(published: readonly PublishedRecord[]): Map<string, PublishedRecord[]> {
  return groupBy(published, (p) => [unitKey({ code: p.unit_code, valid_to: p.unit_valid_to })]);
}

/** Is `unit` inside `scope` (the scope itself, or below it)? */
export function isWithin(unit: UnitView, scope: UnitView): boolean {
  for (let u: UnitView | undefined = unit; u; u = u.parent) if (u.key === scope.key) return true;
  return false;
}

/** The unit with this code in force over the whole of a date or period: the same rule the validator uses. */
export function unitIn(units: UnitIndex<UnitRecord>, byKey: ReadonlyMap<string, UnitView>, code: string, dateOrPeriod: string): UnitView | undefined {
  const record = units.resolve(code, dateOrPeriodRange(dateOrPeriod));
  return record === undefined ? undefined : byKey.get(unitKey(record));
}

/** The unit a plan covers, in force at the plan's date (or its only version if undated). */
function scopeOf(input: IndexInput, plan: PlanRecord): UnitView | undefined {
  if (plan.date !== undefined) return unitIn(input.units, input.byKey, plan.scope_unit_code, plan.date);
  const versions = input.units.versions(plan.scope_unit_code);
  return versions.length === 1 && versions[0] !== undefined ? input.byKey.get(unitKey(versions[0])) : undefined;
}

/**
 * Units with a page a target applies to: those of its level inside its plan's territory, and, for
 * commune-level targets, the new communes formed from that territory after the reform. A unit
 * created after the due month could never have met the target: it is not judged on it.
 */
function applyingUnits(target: TargetRecord, scope: UnitView | undefined, pages: readonly UnitView[]): UnitView[] {
  if (scope === undefined) return [];
  const levels = target.applies_to === "all" ? ["province", "district", "commune"] : [target.applies_to];
  const inScope = pages.filter((u) => levels.includes(u.level) && isWithin(u, scope));
  const successors = levels.includes("commune")
    ? pages.filter((u) => u.level === "commune" && !u.ended && !inScope.includes(u) && u.predecessors.some((p) => isWithin(p, scope)))
    : [];
  const dueEnd = `${target.due}-31`;
  return [...inScope, ...successors].filter((u) => (u.level !== "province" || u.hasData) && (u.record.valid_from ?? "") <= dueEnd);
}

export function buildIndexes(input: IndexInput): SiteIndexes {
  const scopeOfPlan = new Map(input.plans.flatMap((p) => {
    const scope = scopeOf(input, p);
    return scope === undefined ? [] : [[p.id, scope] as const];
  }));
  const unitsOfTarget = new Map(input.targets.map((t) => [t.id, applyingUnits(t, scopeOfPlan.get(t.plan_id), input.pages)] as const));
  return {
    units: input.units,
    plan: byId(input.plans),
    target: byId(input.targets),
    agency: byId(input.agencies),
    published: byId(input.published),
    scopeOfPlan,
    tasksOfPlan: groupBy(input.tasks, (t) => [t.plan_id]),
    targetsOfPlan: groupBy(input.targets, (t) => [t.plan_id]),
    tasksOfTarget: groupBy(input.tasks, (t) => t.target_ids),
    tasksLedBy: groupBy(input.tasks, (t) => t.lead_agencies),
    tasksCoordinatedBy: groupBy(input.tasks, (t) => t.coordinating_agencies),
    publishedOfUnit: publishedByUnit(input.published),
    unitsOfTarget,
    targetsOfUnit: groupBy(input.targets, (t) => unitsOfTarget.get(t.id)?.map((u) => u.key)),
  };
}
