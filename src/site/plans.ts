/** Plans, their tasks and agencies, and which plans concern a unit. */
import type { AgencyRecord, PlanRecord, TaskRecord } from "../ingest/contract";
import { isWithin } from "./indexes";
import { unitAt, type SiteModel, type UnitView } from "./model";
import { t } from "../i18n";
import { planScope } from "./targets";

export interface PlanTasks {
  plan: PlanRecord;
  /** The territory the plan covers. */
  scope: UnitView;
  tasks: TaskRecord[];
  /** The predecessor through which a new commune inherits the plan. */
  via?: string;
}

/** Plans covering the unit's territory, directly or (for new communes) through their predecessors. */
export function tasksForUnit(site: SiteModel, unit: UnitView): PlanTasks[] {
  return site.plans.flatMap((plan) => {
    const scope = planScope(site, plan.id);
    if (scope === undefined) return [];
    const tasks = [...(site.index.tasksOfPlan.get(plan.id) ?? [])];
    if (isWithin(unit, scope)) return [{ plan, scope, tasks }];
    const via = unit.predecessors.find((p) => isWithin(p, scope));
    return via ? [{ plan, scope, tasks, via: via.fullName }] : [];
  });
}

export function tasksOfAgency(site: SiteModel, agency: AgencyRecord): { lead: TaskRecord[]; coordinating: TaskRecord[] } {
  return {
    lead: [...(site.index.tasksLedBy.get(agency.id) ?? [])],
    coordinating: [...(site.index.tasksCoordinatedBy.get(agency.id) ?? [])],
  };
}

/** The unit an agency belongs to: the one with its code in force on its last day (or now). */
export function agencyUnit(site: SiteModel, agency: AgencyRecord): UnitView | undefined {
  return unitAt(site, agency.unit_code, agency.valid_to ?? "9999-12-31");
}

/** A short name for a plan in tables: its number, or its issuer and year when it has none. */
export function planLabel(plan: PlanRecord): string {
  return plan.number ?? t("plan.unnumbered", { issuer: plan.issuer, year: (plan.date ?? "").slice(0, 4) });
}
