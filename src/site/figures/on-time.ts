/**
 * The on-time figure: dossiers resolved early, on time and late with the on-time rate under the
 * chosen definition and the province average; or, when the reader compares units, the rate lines
 * of each. Owns its rows, summary and table.
 */
import { compareChart } from "../../charts/compare";
import { onTimeChart, type OnTimeRow } from "../../charts/onTime";
import { t } from "../../i18n";
import type { ChartView, OnTimeViewDefinition } from "../../lib/chart-view";
import { formatPercent, formatPeriod, formatPoints } from "../../lib/format";
import type { Granularity } from "../../lib/period";
import { UNIT_TYPES } from "../../lib/identity";
import { METRIC_DEFS } from "../../metrics/definitions";
import type { ReasonOf } from "../../metrics/missing";
import type { SeriesPoint } from "../../metrics/series";
import { latestWithValue, valueAt } from "../indicators";
import {
  anySample, granularityOf, inView, markSample, reasonsOf, responsive, spanOf, type ChartSubject, type DrawOptions, type FigureData, type TableData,
} from "./figure";
import { countCell, percentCell, rowOf, valueOf } from "./rows";

export type { OnTimeRow };


/** Rows of the on-time chart; `series` and `province` are at the chart's granularity. */
export function onTimeRows(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, definition: OnTimeViewDefinition): OnTimeRow[] {
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
      rate: valueOf(definition, p),
      provinceRate: valueOf(definition, prov?.get(p.period)),
      flagged: flagged ? true : undefined,
      flagNote: flagged ? f.inconsistencies.join("; ") : undefined,
    });
  });
}


/** What the on-time table needs beside its rows: why values are missing, and the province average if drawn. */
export interface OnTimeTableOptions {
  /** The rate's definition, for the rate and average columns. */
  definition: OnTimeViewDefinition;
  /** Why the unit's values are missing. */
  reasons: ReasonOf;
  /** Why the province average's are: given only when the average is drawn, else the table has no average column. */
  provinceReasons?: ReasonOf | undefined;
}

export function onTimeTable(rows: readonly OnTimeRow[], rows766: readonly OnTimeRow[], name: string, options: OnTimeTableOptions): TableData {
  const by766 = new Map(rows766.map((r) => [r.period, r]));
  const { definition: d, reasons: why, provinceReasons } = options;
  const average = provinceReasons !== undefined;
  return {
    caption: t("table.onTime.caption", { unit: name }),
    columns: [
      { label: t("col.period") },
      { label: t("table.onTime.early"), numeric: true },
      { label: t("table.onTime.onTime"), numeric: true },
      { label: t("table.onTime.late"), numeric: true },
      { label: t("table.onTime.rate"), numeric: true },
      { label: t("table.onTime.rate766"), numeric: true },
      ...(average ? [{ label: t("table.onTime.provinceRate"), numeric: true }] : []),
      { label: t("table.onTime.pendingOverdue"), numeric: true },
      { label: t("field.note") },
    ],
    rows: rows.map((r) => [
      formatPeriod(r.period),
      countCell(r.early, why("resolved_early", r.period)),
      countCell(r.onTime, why("resolved_on_time", r.period)),
      countCell(r.late, why("resolved_late", r.period)),
      percentCell(r.rate, why(d, r.period)),
      percentCell(by766.get(r.period)?.rate, why("on_time_766", r.period)),
      ...(average ? [percentCell(r.provinceRate, provinceReasons(d, r.period))] : []),
      countCell(r.pendingOverdue, why("pending_overdue", r.period)),
      r.flagged === true ? `⚠ ${r.flagNote ?? ""}` : "",
    ]),
  };
}

function comparison(value: number, reference: number | undefined, what: string): string {
  if (reference === undefined) return "";
  const delta = value - reference;
  if (Math.abs(delta) < 0.05) return `, ${t("summary.compare.equal", { reference: what })}`;
  const difference = formatPoints(Math.abs(delta)).replace(/^[+−±]/, "");
  return `, ${t(delta > 0 ? "summary.compare.higher" : "summary.compare.lower", { reference: what, difference })}`;
}

const SUMMARY_KEY = { on_time_rate: "summary.onTime.rate", on_time_766: "summary.onTime.766", on_time_portal: "summary.onTime.portal" } as const;

export function onTimeSummary(series: readonly SeriesPoint[], province: readonly SeriesPoint[] | undefined, metric: OnTimeViewDefinition): string {
  const latest = latestWithValue(series, metric);
  if (latest === undefined) return t("summary.onTime.none");
  const pv = province === undefined ? undefined : valueAt(province, metric, latest.period);
  return t(SUMMARY_KEY[metric], {
    period: formatPeriod(latest.period),
    value: formatPercent(latest.value),
    comparison: comparison(latest.value, pv, t("summary.provinceAverage")),
  });
}

export interface OnTimeInput {
  /** Figure id on the page ("dung-han"). */
  id: string;
  title: string;
  subject: ChartSubject;
  /** The province whose average is drawn; none for a province itself. */
  province?: ChartSubject | undefined;
  /** Units the reader compares with, already loaded. */
  compare?: readonly ChartSubject[] | undefined;
  /** Series to draw instead of the subject's own (a former district's area); the subject names it. */
  series?: Record<Granularity, SeriesPoint[]> | undefined;
  /** Why values of `series` are missing, when it is not the subject's own. */
  reasons?: ReasonOf | undefined;
  /** The series the summary speaks of, when not the one drawn (the area after the reform). */
  summarySeries?: Record<Granularity, SeriesPoint[]> | undefined;
  /** A sentence after the generated summary. */
  summaryNote?: string | undefined;
  /** The subtitle's text after the span; default the definition sentence. */
  subtitleNote?: string | undefined;
  tableName?: string | undefined;
  source: string;
  sample: boolean;
}

const hasProcessing = (f: SeriesPoint["facts"]) => f.resolved_on_time !== undefined || f.resolved_early !== undefined || f.resolved_late !== undefined;

/** The on-time figure of a unit in a view. */
export function onTimeFigure(input: OnTimeInput, view: ChartView, draw: DrawOptions = {}): FigureData {
  const series = input.series ?? input.subject.series;
  const g = granularityOf({ ...input.subject, series }, view, hasProcessing);
  const own = inView(series[g], view);
  const province = input.province && view.average ? inView(input.province.series[g], view, series[g]) : undefined;
  const d = view.definition;
  const def = METRIC_DEFS[d];
  const subtitle = input.subtitleNote === undefined
    ? t("chart.ontime.subtitle", { span: spanOf(own), by: t(`view.by.${g}`), metric: def.label, formula: def.formula })
    : `${spanOf(own)}. ${input.subtitleNote}`;
  const sample = input.sample || anySample(own) || (view.compare.length > 0 && (input.compare ?? []).some((c) => anySample(c.series[g])));
  const ownReasons = input.reasons ?? reasonsOf(input.subject);
  if (view.compare.length > 0 && input.compare !== undefined) return comparisonFigure(input, view, g, own, ownReasons, province, draw, sample);

  const rows = onTimeRows(own, province, d);
  const summary = `${onTimeSummary(input.summarySeries ? inView(input.summarySeries[g], view, series[g]) : own, province, d)}${input.summaryNote === undefined ? "" : ` ${input.summaryNote}`}`;
  const svg = responsive((width, suffix) => markSample(onTimeChart(rows, {
    id: `${input.id}-${input.subject.slug}${suffix}`,
    width,
    title: `${input.title}: ${input.subject.fullName}`,
    description: summary,
    definitionLabel: def.label,
    granularity: g,
    // The line is labelled with the place's name, so the chart says whose rate it is when shared alone.
    labels: { unit: shortName(input.subject.fullName) },
    document: draw.document,
  }).svg, sample), draw);
  return {
    id: input.id, title: input.title, subtitle, summary, svg, source: input.source, sample,
    table: onTimeTable(rows, onTimeRows(own, province, "on_time_766"), input.tableName ?? input.subject.fullName, {
      definition: d,
      reasons: ownReasons,
      // No average drawn (turned off, a province's own total, a former district's area): no column of blanks for it.
      provinceReasons: province === undefined || input.province === undefined ? undefined : reasonsOf(input.province),
    }),
  };
}

const TYPE_PREFIX = new RegExp(`^(${UNIT_TYPES.join("|")}) `);
/** "Huyện Krông Pa" → "Krông Pa": direct labels are short; the legend keeps the full name. */
const shortName = (fullName: string) => fullName.replace(TYPE_PREFIX, "");

function comparisonFigure(
  input: OnTimeInput, view: ChartView, g: Granularity, own: readonly SeriesPoint[], ownReasons: ReasonOf, province: readonly SeriesPoint[] | undefined,
  draw: DrawOptions, sample: boolean,
): FigureData {
  const d = view.definition;
  const units = [
    { subject: input.subject, series: own, why: ownReasons },
    ...(input.compare ?? []).map((c) => ({ subject: c, series: inView(c.series[g], view, own), why: reasonsOf(c) })),
  ];
  const line = (s: readonly SeriesPoint[]) => s.map((p) => ({ period: p.period, value: valueOf(d, p) }));
  const lines = units.map((u) => ({ name: u.subject.fullName, short: shortName(u.subject.fullName), values: line(u.series) }));
  const reference = province === undefined || input.province === undefined ? undefined : { name: `${t("view.averageLegend")} (${input.province.fullName})`, short: t("chart.compare.provinceShort"), values: line(province) };
  const rendered = (width: number | undefined, suffix: string) => compareChart(lines, {
    id: `${input.id}-${input.subject.slug}${suffix}`, width, granularity: g, reference, document: draw.document,
    title: `${input.title}: ${t("chart.compare.title", { units: units.map((u) => u.subject.fullName).join(", ") })}`,
    definitionLabel: METRIC_DEFS[d].label,
  });
  const wide = rendered(undefined, "");
  const periods = [...new Set([...units.flatMap((u) => u.series.map((p) => p.period)), ...(province ?? []).map((p) => p.period)])].sort();
  const at = (s: readonly SeriesPoint[], why: ReasonOf) => {
    const values = new Map(s.map((p) => [p.period, valueOf(d, p)]));
    return (period: string) => percentCell(values.get(period), why(d, period));
  };
  const columns = [...units.map((u) => at(u.series, u.why)), ...(province && input.province ? [at(province, reasonsOf(input.province))] : [])];
  return {
    id: input.id,
    title: input.title,
    subtitle: t("chart.compare.subtitle", { span: spanOf(own), by: t(`view.by.${g}`), metric: METRIC_DEFS[d].label, formula: METRIC_DEFS[d].formula }),
    summary: wide.summary,
    svg: responsive((width, suffix) => markSample((width === undefined ? wide : rendered(width, suffix)).svg, sample), draw),
    source: input.source,
    sample,
    table: {
      caption: t("chart.compare.caption", { metric: METRIC_DEFS[d].label }),
      columns: [{ label: t("col.period") }, ...units.map((u) => ({ label: u.subject.fullName, numeric: true })), ...(reference ? [{ label: reference.name, numeric: true }] : [])],
      rows: periods.map((p) => [formatPeriod(p), ...columns.map((cell) => cell(p))]),
    },
  };
}
