/**
 * The digitization figure: each digitization metric against the target of the plans that applies
 * to the unit, with the target's status. The status is judged on the whole series at the finest
 * granularity with data, whatever range the reader shows: a view does not change whether a target is met.
 */
import { digitizationChart, type DigitizationSeries as ChartDigitizationSeries } from "../../charts/digitization";
import { t } from "../../i18n";
import type { Comparison, TargetRecord } from "../../ingest/contract";
import type { TargetLike } from "../../metrics/target-rules";
import type { ChartView } from "../../lib/chart-view";
import { DEFAULT_VIEW } from "../../lib/chart-view";
import { formatPeriod } from "../../lib/format";
import type { Level, MetricId } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import { targetStatus, type StatusResult } from "../../metrics/status";
import { basisOf, COMPARISON_SYMBOL, governingTarget } from "../../metrics/target-rules";
import { monthlyValues } from "../indicators";
import { statusLabel } from "../status-label";
import { anySample, granularityOf, inView, markSample, reasonsOf, responsive, spanOf, type ChartSubject, type DrawOptions, type FigureData, type TableData } from "./figure";
import { percentCell, valueOf } from "./rows";

export const DIGITIZATION_METRICS: readonly MetricId[] = ["digitized_dossier_share", "digitized_result_share", "data_reuse_share", "e_routed_share"];

/** What the figure reads of a target: the browser gets only these fields, for the digitization metrics. */
export type DigitizationTarget = TargetLike & Pick<TargetRecord, "unit">;

/** The targets a unit's digitization figure can draw, trimmed to what it reads. */
export function digitizationTargets(targets: readonly TargetRecord[]): DigitizationTarget[] {
  return targets
    .filter((x) => x.metric !== undefined && DIGITIZATION_METRICS.includes(x.metric))
    .map(({ id, plan_id, metric, op, value, due, applies_to, basis, unit }) => ({ id, plan_id, metric, op, value, due, applies_to, basis, unit }));
}

export interface DigitizationSeries {
  metric: MetricId;
  label: string;
  points: { period: string; value?: number }[];
  target?: { value: number; due: string; label: string; op: Comparison; id: string; derived: boolean };
  status?: StatusResult;
}

/** Each digitization metric with the target that applies to this unit (the latest-due one). */
export function digitizationSeries(series: readonly SeriesPoint[], targets: readonly DigitizationTarget[], level: Level): DigitizationSeries[] {
  return DIGITIZATION_METRICS.map((metric) => {
    const s: DigitizationSeries = {
      metric,
      label: METRIC_DEFS[metric].label,
      points: series.map((p) => {
        const value = valueOf(metric, p);
        return value === undefined ? { period: p.period } : { period: p.period, value };
      }),
    };
    // The target written for the unit's own level wins over one for all levels; then the latest due.
    // Rule rows have no number to draw, and a derived milestone a stated target governs is not drawn.
    const levelFirst = (x: DigitizationTarget) => (x.applies_to === level ? 0 : 1);
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


export function digitizationTable(series: readonly DigitizationSeries[], name: string, why: ReasonOf = () => undefined): TableData {
  const periods = series[0]?.points.map((p) => p.period) ?? [];
  return {
    caption: t("table.digitization.caption", { unit: name }),
    columns: [{ label: t("col.period") }, ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows: periods.map((period, i) => [formatPeriod(period), ...series.map((s) => percentCell(s.points[i]?.value, why(s.metric, period)))]),
  };
}

function digitizationSummary(series: readonly DigitizationSeries[]): string {
  return `${series
    .map((s) => {
      const last = [...s.points].reverse().find((p) => p.value !== undefined);
      const status = s.status ? `: ${statusLabel(s.status.status)}` : "";
      if (!last) return `${s.label}: ${t("missing")}`;
      const latest = t("summary.digitization.latest", { metric: s.label, value: last.value?.toFixed(1).replace(".", ",") ?? "", period: formatPeriod(last.period) });
      return s.target ? `${latest}, ${t("summary.digitization.target", { target: s.target.label, due: formatPeriod(s.target.due) })}${status}` : latest;
    })
    .join("; ")}.`;
}

const hasDigitization = (f: SeriesPoint["facts"]) => f.dossiers_received !== undefined;

export interface DigitizationInput {
  subject: ChartSubject;
  /** The targets that apply to the unit (targetsForUnit). */
  targets: readonly DigitizationTarget[];
  source: string;
  sample: boolean;
}

export function digitizationFigure(input: DigitizationInput, view: ChartView, draw: DrawOptions = {}): FigureData {
  const { subject } = input;
  const judged = digitizationSeries(subject.series[granularityOf(subject, DEFAULT_VIEW, hasDigitization)], input.targets, subject.level);
  const g = granularityOf(subject, view, hasDigitization);
  const shown = inView(subject.series[g], view);
  const series = digitizationSeries(shown, [], subject.level).map((s, i) => {
    const { target, status } = judged[i] ?? {};
    return { ...s, ...(target ? { target } : {}), ...(status ? { status } : {}) };
  });
  const summary = digitizationSummary(series);
  const sample = input.sample || anySample(shown);
  const chartSeries: ChartDigitizationSeries[] = series.map((s) => ({
    metric: s.metric, label: s.label, points: s.points,
    ...(s.target ? { target: { value: s.target.value, due: s.target.due, label: s.target.label } } : {}),
    ...(s.status ? { status: statusLabel(s.status.status) } : {}),
  }));
  return {
    id: "so-hoa",
    title: t("chart.digitization.title"),
    subtitle: t("chart.digitization.subtitle", { span: spanOf(shown) }),
    summary,
    svg: responsive((width, suffix) => markSample(digitizationChart(chartSeries, {
      id: `digitization-${subject.slug}${suffix}`, title: `${t("chart.digitization.title")}: ${subject.fullName}`, description: summary, granularity: g, width, document: draw.document,
    }).svg, sample), draw),
    source: input.source,
    sample,
    table: digitizationTable(series, subject.fullName, reasonsOf(subject)),
  };
}
