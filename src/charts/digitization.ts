/**
 * Digitization small multiples: one panel per metric (dossiers digitized, results digitized, data
 * reuse, electronic routing), each a line of the metric with its target as a dashed rule from the
 * start to the due period and a labelled marker at the due period; the target status is written
 * in the panel heading, so it never depends on colour.
 */
import * as Plot from "@observablehq/plot";
import { formatPercent, formatPeriod, granularityPhrase, joinList } from "../lib/format";
import { periodAt, periodDomain, periodSequence, type Granularity } from "../lib/period";
import { PALETTE } from "./palette";
import {
  DEFAULT_WIDTH, descText, emptyChart, NO_DATA, panelWidthOf, renderChart, type ChartBaseOptions, type LegendItem, type Panel,
  type RenderedChart,
} from "./render";
import { dotRadius, gapBands, isValue, lineWithDots, markTitle, percentTick, periodLabel, periodX, type Maybe } from "./scales";
import { definedValues, sentences, spanPhrase } from "./summary";

export interface DigitizationTarget {
  /** Target value, percent. */
  value: number;
  /** Due period (`YYYY-MM`, `YYYY-Qn`, `YYYY` or `YYYY-MM-DD`), shown at the chart's granularity. */
  due: string;
  /** Short label, e.g. "≥ 80%". */
  label: string;
}

export interface DigitizationSeries {
  metric: string;
  /** Metric name, the panel heading. */
  label: string;
  points: readonly { period: string; value?: Maybe }[];
  target?: DigitizationTarget | undefined;
  /** Target status in words ("Đạt", "Chưa đạt", "Đúng tiến độ"…), written in the heading. */
  status?: string | undefined;
}

export interface DigitizationLabels {
  value: string;
  target: string;
  /** "Chỉ tiêu", in the hover text of the due marker: "Chỉ tiêu ≥ 80%, hạn T12/2025". */
  targetShort: string;
  due: string;
  missing: string;
}

export const DIGITIZATION_LABELS: DigitizationLabels = {
  value: "Tỷ lệ thực hiện",
  target: "Chỉ tiêu (nét đứt đến hạn)",
  targetShort: "Chỉ tiêu",
  due: "hạn",
  missing: NO_DATA,
};

export interface DigitizationOptions extends ChartBaseOptions {
  /** Checked against the points when given. */
  granularity?: Granularity | undefined;
  /** Panels per row; default 2 when width ≥ 560, else 1. */
  columns?: number | undefined;
  labels?: Partial<DigitizationLabels> | undefined;
}

const MARGINS = { top: 22, right: 18, bottom: 32, left: 44 } as const;

/** One small panel per metric, with target rule, due marker and status. */
export function digitizationChart(series: readonly DigitizationSeries[], options: DigitizationOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const L = { ...DIGITIZATION_LABELS, ...options.labels };
  const periods = series.flatMap((s) => s.points.map((p) => p.period));
  if (periods.length === 0) return emptyChart(options, width);
  const data = periodDomain(periods);
  const granularity = data.granularity;
  if (options.granularity !== undefined && options.granularity !== granularity) {
    throw new RangeError(`periods are ${granularity}s, options say ${options.granularity}`);
  }
  const first = data.domain[0] as string;
  const lastData = data.domain[data.domain.length - 1] as string;
  const dues = series.flatMap((s) => (s.target === undefined ? [] : [periodAt(s.target.due, granularity)]));
  const end = [lastData, ...dues].sort(byPeriod).pop() as string;
  const domain = periodSequence(first, end);
  const columns = options.columns ?? (width >= 560 ? 2 : 1);
  const panelWidth = panelWidthOf(width, columns);
  const x = periodX(domain, panelWidth, MARGINS);
  const r = dotRadius(domain, panelWidth, MARGINS);
  const values = series.flatMap((s) => s.points.flatMap((p) => (isValue(p.value) ? [p.value] : [])));
  const yDomain = [0, Math.max(100, ...values, ...series.map((s) => s.target?.value ?? 0))] as const;
  const pastDomain = domain.filter((p) => byPeriod(p, lastData) <= 0);

  let anyGap = false;
  const panels: Panel[] = series.map((s) => {
    const byP = new Map(s.points.map((p) => [p.period, p.value]));
    const rows = domain.map((period) => ({ period, value: byP.get(period) }));
    const gaps = pastDomain.filter((p) => !isValue(byP.get(p)));
    if (gaps.length > 0) anyGap = true;
    const defined = definedValues(rows, (r) => r.value);
    const last = defined[defined.length - 1];
    const marks: Plot.Markish[] = [gapBands(id, gaps, yDomain), Plot.ruleY([0])];
    let targetAbove = true;
    if (s.target !== undefined) {
      const t = s.target;
      const due = periodAt(t.due, granularity);
      const shownDue = byPeriod(due, first) < 0 ? first : due;
      const rule = [{ period: first, value: t.value }, { period: shownDue, value: t.value }];
      targetAbove = last === undefined || last.value < t.value;
      const dueIndex = domain.indexOf(shownDue);
      const anchor = dueIndex > domain.length * 0.6 ? "end" : dueIndex < domain.length * 0.25 ? "start" : "middle";
      marks.push(
        Plot.lineY(rule, { x: "period", y: "value", stroke: PALETTE.target, strokeWidth: 1.5, strokeDasharray: "5 4" }),
        Plot.dot([rule[1]], {
          x: "period",
          y: "value",
          r: 4,
          stroke: PALETTE.target,
          strokeWidth: 2,
          fill: "white",
          title: () => `${L.targetShort} ${t.label}, ${L.due} ${periodLabel(due)}`,
        }),
        Plot.text([rule[1]], {
          x: "period",
          y: "value",
          text: () => `${t.label} · ${L.due} ${periodLabel(due)}`,
          textAnchor: anchor,
          dy: targetAbove ? -11 : 13,
          dx: anchor === "end" ? 5 : anchor === "start" ? -5 : 0,
          fill: PALETTE.target,
        }),
      );
    }
    marks.push(
      ...lineWithDots(rows, (r) => r.value, { color: PALETTE.primary, r, title: (row, v) => markTitle(row.period, s.label, formatPercent(v, 1)) }),
    );
    if (last !== undefined) {
      marks.push(
        Plot.text([last], {
          x: "period",
          y: "value",
          text: (d: { value: number }) => formatPercent(d.value, 1),
          dy: targetAbove ? 13 : -11,
          textAnchor: "end",
          dx: 4,
          fill: PALETTE.primary,
          fontWeight: "bold",
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
        }),
      );
    }
    return {
      title: s.status === undefined || s.status === "" ? s.label : `${s.label} — ${s.status}`,
      height: 150,
      plot: {
        marginTop: MARGINS.top,
        marginRight: MARGINS.right,
        marginBottom: MARGINS.bottom,
        marginLeft: MARGINS.left,
        x,
        y: { domain: [...yDomain], grid: true, ticks: 4, tickFormat: percentTick, label: null },
        marks,
      },
    };
  });

  const legend: LegendItem[] = [
    { symbol: "line", label: L.value, color: PALETTE.primary },
    ...(series.some((s) => s.target !== undefined) ? [{ symbol: "dashed", label: L.target, color: PALETTE.target } as const] : []),
    ...(anyGap ? [{ symbol: "missing", label: L.missing } as const] : []),
  ];

  const kind =
    `${series.length} biểu đồ nhỏ ${granularityPhrase(granularity)}, từ ${spanPhrase(data.domain)}: ${joinList(series.map((s) => s.label.toLowerCase()))}; ` +
    "chỉ tiêu vẽ bằng đường nét đứt đến hạn.";
  const facts = series.map((s) => {
    const defined = definedValues(s.points.map((p) => ({ period: p.period, value: p.value })), (p) => p.value);
    const last = defined[defined.length - 1];
    const value = last === undefined ? `${L.missing.toLowerCase()}` : `${formatPercent(last.value, 1)} (${formatPeriod(last.period)})`;
    const target = s.target === undefined ? "" : `, chỉ tiêu ${s.target.label} ${L.due} ${formatPeriod(periodAt(s.target.due, granularity))}`;
    const status = s.status === undefined || s.status === "" ? "" : `, ${s.status.toLowerCase()}`;
    return `${s.label}: ${value}${target}${status}.`;
  });
  const summary = sentences(kind, ...facts);
  const desc = descText(options.description, kind, summary);
  return { svg: renderChart({ id, title, desc, width, legend, panels, columns, document: options.document }), summary };
}

function byPeriod(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
