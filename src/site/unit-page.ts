/**
 * Everything a district or commune page shows, computed from the model: chart rows for the four
 * chart families, their tables, summaries, headline ranks, targets with statuses, tasks, and the
 * links across the 2025 reform.
 */
import type { Comparison, MetricId, TargetRecord } from "../ingest/contract";
import { basisOf, COMPARISON_SYMBOL, governingTarget } from "../metrics/target-rules";
import { t } from "../i18n";
import { METRIC_DEFS } from "../metrics/definitions";
import type { Granularity, SeriesPoint } from "../metrics/series";
import { periodMonths } from "../lib/period";
import { targetStatus, type StatusResult } from "../metrics/status";
import { formerAreaSeries, hasSample, type SiteModel, type UnitView } from "./model";
import { HEADLINE_METRICS, headline, type Headline } from "./indicators";
import { statusOf, targetsForUnit } from "./targets";

export const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "year"];
export const ON_TIME_DEFINITIONS = ["on_time_rate", "on_time_766", "on_time_portal"] as const;
export type OnTimeDefinition = (typeof ON_TIME_DEFINITIONS)[number];

/**
 * Which pre-rendered on-time charts exist. The portal's definition is drawn at the default
 * (monthly) granularity only: at every granularity it would add half again to the chart files of
 * every unit, for a rate that equals indicator 2.1 on form-06 figures.
 */
export function hasOnTimeVariant(granularity: Granularity, definition: OnTimeDefinition): boolean {
  return definition !== "on_time_portal" || granularity === "month";
}

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

/**
 * A row from values that may be missing: missing ones are left out (never 0), which is what the
 * optional fields of the chart rows mean.
 */
function rowOf<R extends object>(values: { [K in keyof R]-?: R[K] | undefined }): R {
  return Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as R;
}

/** Rows of the on-time chart; `series` and `province` are at the chart's granularity. */
export function onTimeRows(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, definition: OnTimeDefinition): OnTimeRow[] {
  const prov = province === undefined ? undefined : new Map(province.map((p) => [p.period, p]));
  return series.map((p) => {
    const f = p.facts;
    const flagged = f.inconsistencies.length > 0;
    return rowOf<OnTimeRow>({
      period: p.period,
      early: f.resolved_early,
      onTime: f.resolved_on_time,
      late: f.resolved_late,
      pendingOverdue: f.pending_overdue,
      rate: v(definition, p),
      provinceRate: v(definition, prov?.get(p.period)),
      flagged: flagged ? true : undefined,
      flagNote: flagged ? f.inconsistencies.join("; ") : undefined,
    });
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
    const full = v("full_online_procedure_share", p);
    const any = v("online_procedure_share", p);
    const both = full !== undefined && any !== undefined;
    return rowOf<OnlineRow>({
      period: p.period,
      fullOnlineShare: full,
      partialOnlineShare: both ? any - full : undefined,
      notOnlineShare: both ? 100 - any : undefined,
      onlineDossierShare: v("online_dossier_share", p),
      feePaidOnlineShare: v("fee_paid_online_share", p),
      proceduresTotal: p.facts.procedures_total,
    });
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
    return rowOf<SatisfactionRow>({
      period: p.period,
      satisfiedShare: v("satisfaction_share", p),
      responses: f.responses,
      verySatisfied: f.very_satisfied,
      satisfied: f.satisfied,
      neutral: f.neutral,
      dissatisfied: f.dissatisfied,
      avgWaitMinutes: v("avg_wait_minutes", p),
    });
  });
}

export const DIGITIZATION_METRICS: readonly MetricId[] = ["digitized_dossier_share", "digitized_result_share", "data_reuse_share", "e_routed_share"];

export interface DigitizationSeries {
  metric: MetricId;
  label: string;
  points: { period: string; value?: number }[];
  target?: { value: number; due: string; label: string; op: Comparison; id: string; derived: boolean };
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
    // Rule rows have no number to draw, and a derived milestone a stated target governs is not drawn.
    const levelFirst = (x: TargetRecord) => (x.applies_to === level ? 0 : 1);
    const applicable = targets
      .filter((x) => x.metric === metric && x.value !== undefined && basisOf(x) !== "rule" && governingTarget(x, targets) === undefined)
      .sort((a, b) => levelFirst(a) - levelFirst(b) || (b.due < a.due ? -1 : b.due > a.due ? 1 : 0) || (a.id < b.id ? -1 : 1));
    const target = applicable[0];
    if (target?.value !== undefined) {
      const derived = basisOf(target) === "derived";
      s.target = {
        value: target.value, due: target.due, op: target.op, id: target.id, derived,
        label: `${COMPARISON_SYMBOL[target.op]} ${target.value}${target.unit}${derived ? ` (${t("target.derived.short")})` : ""}`,
      };
      s.status = targetStatus(monthlyValues(series, metric), { op: target.op, value: target.value, due: target.due });
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
  const targets = targetsForUnit(site, unit).map((target) => ({ target, status: statusOf(unit, target, site.targets) }));
  return {
    unit,
    headlines: HEADLINE_METRICS.map((m) => headline(unit, m)),
    sample: hasSample(unit.series),
    formerArea: unit.level === "district" ? formerAreaSeries(unit) : undefined,
    targets,
  };
}
