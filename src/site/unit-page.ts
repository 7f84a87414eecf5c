/**
 * Everything a district or commune page shows, computed from the model: chart rows for the four
 * chart families, their tables, summaries, headline ranks, targets with statuses, tasks, and the
 * links across the 2025 reform.
 */
import type { MetricId, TargetRecord } from "../ingest/contract";
import { METRIC_DEFS } from "../metrics/definitions";
import type { Granularity, SeriesPoint } from "../metrics/series";
import { periodMonths } from "../lib/period";
import { targetStatus, type StatusResult } from "../metrics/status";
import { formerAreaSeries, hasSample, type SiteModel, type UnitView } from "./model";
import { HEADLINE_METRICS, headline, type Headline } from "./indicators";
import { statusOf, targetsForUnit } from "./targets";

export const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];
export const ON_TIME_DEFINITIONS = ["on_time_rate", "on_time_766"] as const;
export type OnTimeDefinition = (typeof ON_TIME_DEFINITIONS)[number];

const v = (metric: MetricId, p: SeriesPoint | undefined) => (p === undefined ? undefined : METRIC_DEFS[metric].compute(p.facts));

export interface OnTimeRow {
  period: string;
  early?: number;
  onTime?: number;
  late?: number;
  rate?: number;
  provinceRate?: number;
  pendingOverdue?: number;
  flagged?: boolean;
  flagNote?: string;
}

/** Rows of the on-time chart; `series` and `province` are at the chart's granularity. */
export function onTimeRows(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, definition: OnTimeDefinition): OnTimeRow[] {
  const own = series;
  const prov = province === undefined ? undefined : new Map(province.map((p) => [p.period, p]));
  return own.map((p) => {
    const f = p.facts;
    const row: OnTimeRow = { period: p.period };
    if (f.resolved_early !== undefined) row.early = f.resolved_early;
    if (f.resolved_on_time !== undefined) row.onTime = f.resolved_on_time;
    if (f.resolved_late !== undefined) row.late = f.resolved_late;
    if (f.pending_overdue !== undefined) row.pendingOverdue = f.pending_overdue;
    const rate = v(definition, p);
    if (rate !== undefined) row.rate = rate;
    const pr = v(definition, prov?.get(p.period));
    if (pr !== undefined) row.provinceRate = pr;
    if (f.inconsistencies.length > 0) {
      row.flagged = true;
      row.flagNote = f.inconsistencies.join("; ");
    }
    return row;
  });
}

export interface OnlineRow {
  period: string;
  fullOnlineShare?: number;
  partialOnlineShare?: number;
  notOnlineShare?: number;
  onlineDossierShare?: number;
  feePaidOnlineShare?: number;
  proceduresTotal?: number;
}

export function onlineRows(series: readonly SeriesPoint[]): OnlineRow[] {
  return series.map((p) => {
    const f = p.facts;
    const row: OnlineRow = { period: p.period };
    const full = v("full_online_procedure_share", p);
    const any = v("online_procedure_share", p);
    if (full !== undefined) row.fullOnlineShare = full;
    if (full !== undefined && any !== undefined) {
      row.partialOnlineShare = any - full;
      row.notOnlineShare = 100 - any;
    }
    const d = v("online_dossier_share", p);
    if (d !== undefined) row.onlineDossierShare = d;
    const fee = v("fee_paid_online_share", p);
    if (fee !== undefined) row.feePaidOnlineShare = fee;
    if (f.procedures_total !== undefined) row.proceduresTotal = f.procedures_total;
    return row;
  });
}

export interface SatisfactionRow {
  period: string;
  satisfiedShare?: number;
  responses?: number;
  verySatisfied?: number;
  satisfied?: number;
  neutral?: number;
  dissatisfied?: number;
  avgWaitMinutes?: number;
}

export function satisfactionRows(series: readonly SeriesPoint[]): SatisfactionRow[] {
  return series.map((p) => {
    const f = p.facts;
    const row: SatisfactionRow = { period: p.period };
    const s = v("satisfaction_share", p);
    if (s !== undefined) row.satisfiedShare = s;
    if (f.responses !== undefined) row.responses = f.responses;
    if (f.very_satisfied !== undefined) row.verySatisfied = f.very_satisfied;
    if (f.satisfied !== undefined) row.satisfied = f.satisfied;
    if (f.neutral !== undefined) row.neutral = f.neutral;
    if (f.dissatisfied !== undefined) row.dissatisfied = f.dissatisfied;
    const w = v("avg_wait_minutes", p);
    if (w !== undefined) row.avgWaitMinutes = w;
    return row;
  });
}

export const DIGITIZATION_METRICS: readonly MetricId[] = ["digitized_dossier_share", "digitized_result_share", "data_reuse_share", "e_routed_share"];

export interface DigitizationSeries {
  metric: MetricId;
  label: string;
  points: { period: string; value?: number }[];
  target?: { value: number; due: string; label: string; op: ">=" | "<="; id: string };
  status?: StatusResult;
}

/** Values keyed by month; a quarter or year counts at its last month (when its report is complete). */
export function monthlyValues(series: readonly SeriesPoint[], metric: MetricId): { month: string; value: number | undefined }[] {
  return series.map((p) => ({ month: periodMonths(p.period).at(-1) ?? p.period, value: v(metric, p) }));
}

/** Each digitization metric with the target that applies to this unit (the latest-due one). */
export function digitizationSeries(series: readonly SeriesPoint[], targets: readonly TargetRecord[], level: UnitView["level"]): DigitizationSeries[] {
  return DIGITIZATION_METRICS.map((metric) => {
    const s: DigitizationSeries = {
      metric,
      label: METRIC_DEFS[metric].label,
      points: series.map((p) => {
        const value = v(metric, p);
        return value === undefined ? { period: p.period } : { period: p.period, value };
      }),
    };
    // The target written for the unit's own level wins over one for all levels; then the latest due.
    const levelFirst = (t: TargetRecord) => (t.applies_to === level ? 0 : 1);
    const applicable = targets
      .filter((t) => t.metric === metric)
      .sort((a, b) => levelFirst(a) - levelFirst(b) || (b.due < a.due ? -1 : b.due > a.due ? 1 : 0) || (a.id < b.id ? -1 : 1));
    const target = applicable[0];
    if (target) {
      s.target = { value: target.value, due: target.due, op: target.op, id: target.id, label: `${target.op === ">=" ? "≥" : "≤"} ${target.value}${target.unit}` };
      s.status = targetStatus(monthlyValues(series, metric), target);
    }
    return s;
  });
}

export interface UnitPageModel {
  unit: UnitView;
  headlines: Headline[];
  sample: boolean;
  formerArea: Record<Granularity, SeriesPoint[]> | undefined;
  targets: { target: TargetRecord; status: StatusResult }[];
}

export function unitPageModel(site: SiteModel, unit: UnitView): UnitPageModel {
  const targets = targetsForUnit(site, unit).map((target) => ({ target, status: statusOf(unit, target) }));
  return {
    unit,
    headlines: HEADLINE_METRICS.map((m) => headline(unit, m)),
    sample: hasSample(unit.series),
    formerArea: unit.level === "district" ? formerAreaSeries(unit) : undefined,
    targets,
  };
}
