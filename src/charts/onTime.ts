/**
 * Processing results per period: stacked bars of dossiers resolved early / on time / late
 * (counts), the on-time rate line with the province average (dashed) in a panel below, and
 * dossiers pending past their deadline in a small third panel. Periods without data are hatched
 * gaps (no bar, a break in the line); periods whose source figures do not add up carry a "!".
 */
import * as Plot from "@observablehq/plot";
import { formatCount, formatPercent, formatPeriod, granularityPhrase, joinList } from "../lib/format";
import type { Granularity } from "../lib/period";
import { PALETTE } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, FONT_SIZE, NO_DATA, renderChart, type ChartBaseOptions, type LegendItem, type Panel, type RenderedChart } from "./render";
import {
  countAxis, dotRadius, isValue, latestLabels, lineWithDots, MARGIN, markTitle, niceMax, percentFloor, percentTick, periodLabel, periodPanel, periodSeries, periodX,
  type Maybe,
} from "./scales";
import { stackedBars, type StackPart } from "./stack";
import { definedValues, missingSentence, rangeSentence, sentences, spanPhrase, type PeriodValue } from "./summary";

export interface OnTimeRow {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, of the chart's granularity. */
  period: string;
  /** Dossiers resolved before / on / after the deadline (counts). */
  early?: Maybe;
  onTime?: Maybe;
  late?: Maybe;
  /** On-time rate of the unit, in percent (per the definition named by `definitionLabel`). */
  rate?: Maybe;
  /** Province average on-time rate, in percent. */
  provinceRate?: Maybe;
  /** Dossiers still pending past their deadline at the end of the period (count). */
  pendingOverdue?: Maybe;
  /** The source figures of this period do not add up (known inconsistency). */
  flagged?: boolean | undefined;
  /** What does not add up, quoted in the summary after the period. */
  flagNote?: string | undefined;
}

export interface OnTimeLabels {
  early: string;
  onTime: string;
  late: string;
  /** Heading of the counts panel. */
  counts: string;
  /** Name of the rate line (legend, summary). */
  rate: string;
  /** Short name of the rate in the hover text of its dots. */
  rateShort: string;
  /** Direct label of the unit's latest rate. */
  unit: string;
  province: string;
  provinceShort: string;
  pendingOverdue: string;
  flagged: string;
  missing: string;
}

export const ON_TIME_LABELS: OnTimeLabels = {
  early: "Trước hạn",
  onTime: "Đúng hạn",
  late: "Quá hạn",
  counts: "Số hồ sơ đã giải quyết",
  rate: "Tỷ lệ giải quyết đúng hạn",
  rateShort: "Tỷ lệ đúng hạn",
  unit: "Đơn vị",
  province: "Trung bình tỉnh",
  provinceShort: "TB tỉnh",
  pendingOverdue: "Hồ sơ đang giải quyết quá hạn",
  flagged: "Số liệu nguồn không khớp",
  missing: NO_DATA,
};

export interface OnTimeOptions extends ChartBaseOptions {
  /** How the rate is defined, shown as the rate panel's heading, e.g. "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết". */
  definitionLabel: string;
  granularity: Granularity;
  labels?: Partial<OnTimeLabels> | undefined;
}

const STATUSES = ["early", "onTime", "late"] as const;

/** Stacked counts + on-time rate (with province average) + pending overdue, as one accessible SVG. */
export function onTimeChart(rows: readonly OnTimeRow[], options: OnTimeOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const L = { ...ON_TIME_LABELS, ...options.labels };
  if (rows.length === 0) return emptyChart(options, width);
  const { domain, granularity, series } = periodSeries<OnTimeRow>(rows, options.granularity);
  const x = periodX(domain, width);
  const r = dotRadius(domain, width);
  const color = { early: PALETTE.early, onTime: PALETTE.onTime, late: PALETTE.late };
  const flagged = series.filter((r: OnTimeRow) => r.flagged === true);

  // Panel 1: stacked counts, "!" above flagged periods.
  const parts = STATUSES.map(
    (s): StackPart<OnTimeRow> => ({
      key: s,
      label: L[s],
      color: color[s],
      pick: (r) => r[s],
      title: (r, v) => markTitle(r.period, L[s], `${formatCount(v)} hồ sơ`),
    }),
  );
  const maxTotal = Math.max(0, ...series.map((r: OnTimeRow) => STATUSES.reduce((sum, s) => sum + (isValue(r[s]) ? r[s] : 0), 0)));
  const countsAxis = countAxis(niceMax(maxTotal));
  const counts = stackedBars<OnTimeRow>(id, series, parts, {
    title: `${L.counts}${countsAxis.unit}`,
    height: 210,
    x,
    domain: [0, niceMax(maxTotal)],
    tickFormat: countsAxis.tickFormat,
    marks: (totals) => [
      Plot.text(flagged, {
        x: "period",
        y: (r: OnTimeRow) => totals.get(r.period) ?? 0,
        text: () => "!",
        dy: -9,
        fill: PALETTE.flag,
        fontWeight: "bold",
        fontSize: 15,
      }),
    ],
  });

  // Panel 2: on-time rate and province average, zoomed to [≤ 70 %, 100 %].
  const rates = definedValues(series, (r: OnTimeRow) => r.rate);
  const provinces = definedValues(series, (r: OnTimeRow) => r.provinceRate);
  const all = [...rates, ...provinces].map((v) => v.value);
  const rateDomain = [percentFloor(all), Math.max(100, Math.ceil(Math.max(0, ...all)))] as const;
  const rateGaps = series.filter((r: OnTimeRow) => !isValue(r.rate)).map((r) => r.period);
  const ratePanel = periodPanel(id, {
    title: options.definitionLabel,
    height: 170,
    x,
    domain: rateDomain,
    tickFormat: percentTick,
    gaps: rateGaps,
    marks: [
      ...lineWithDots(series, (r: OnTimeRow) => r.provinceRate, { color: PALETTE.reference, dashed: true, width: 1.5, dots: false }),
      ...lineWithDots(series, (row: OnTimeRow) => row.rate, {
        color: PALETTE.primary,
        r,
        title: (r, v) => markTitle(r.period, L.rateShort, formatPercent(v, 1)),
      }),
    ],
    labels: latestLabels(domain, [
      { name: L.unit, values: rates, format: formatPercent, color: PALETTE.primary, bold: true },
      { name: L.provinceShort, values: provinces, format: formatPercent, color: PALETTE.reference },
    ]),
  });

  // Panel 3: pending overdue, only when the data have it.
  const pending = definedValues(series, (r: OnTimeRow) => r.pendingOverdue);
  const panels: Panel[] = [counts.panel, ratePanel];
  if (pending.length > 0) {
    const pendingDomain = [0, niceMax(Math.max(...pending.map((p) => p.value)))] as const;
    const pendingAxis = countAxis(pendingDomain[1]);
    const band = (width - MARGIN.left - MARGIN.right) / domain.length;
    const pendingGaps = series.filter((r: OnTimeRow) => !isValue(r.pendingOverdue)).map((r) => r.period);
    panels.push(
      periodPanel(id, {
        title: `${L.pendingOverdue}${pendingAxis.unit}`,
        height: 110,
        x,
        domain: pendingDomain,
        tickFormat: pendingAxis.tickFormat,
        ticks: 2,
        gaps: pendingGaps,
        marks: [
          Plot.barY(pending, {
            x: "period",
            y: "value",
            fill: PALETTE.pendingOverdue,
            title: (d: PeriodValue) => markTitle(d.period, L.pendingOverdue, formatCount(d.value)),
          }),
          Plot.ruleY([0]),
          // Value labels only when the widest one fits its bar's band (≈ 0.6 em per character).
          band >= Math.max(24, ...pending.map((p) => formatCount(p.value).length * FONT_SIZE * 0.6 + 4))
            ? Plot.text(pending, { x: "period", y: "value", text: (d: { value: number }) => formatCount(d.value), dy: -7 })
            : null,
        ],
      }),
    );
  }

  const anyGap = counts.gaps.length > 0 || rateGaps.length > 0;
  const legend: LegendItem[] = [
    ...counts.legend,
    { symbol: "line", label: L.rate, color: PALETTE.primary },
    ...(provinces.length > 0 ? [{ symbol: "dashed", label: L.province, color: PALETTE.reference } as const] : []),
    ...(anyGap ? [{ symbol: "missing", label: L.missing } as const] : []),
    ...(flagged.length > 0
      ? [{ symbol: "flag", label: `${L.flagged}: ${flagged.map((r) => periodLabel(r.period)).join(", ")}` } as const]
      : []),
  ];

  const { structure, summary } = onTimeSummary(series, domain, granularity, counts.totals, counts.gaps, L);
  const desc = descText(options.description, structure, summary);
  return { svg: renderChart({ id, title, desc, width, legend, panels, document: options.document }), summary };
}

function onTimeSummary(
  series: readonly OnTimeRow[],
  domain: readonly string[],
  granularity: Granularity,
  totals: ReadonlyMap<string, number>,
  countGaps: readonly string[],
  L: OnTimeLabels,
): { structure: string; summary: string } {
  const last = [...series].reverse().find((r) => totals.has(r.period) || isValue(r.rate));
  let latest = "";
  if (last !== undefined) {
    const parts: string[] = [];
    const total = totals.get(last.period);
    if (total !== undefined) {
      const split = STATUSES.flatMap((s) => {
        const v = last[s];
        return isValue(v) ? [`${formatCount(v)} ${L[s].toLowerCase()}`] : [];
      });
      parts.push(`${formatCount(total)} hồ sơ đã giải quyết (${split.join(", ")})`);
    }
    if (isValue(last.rate)) {
      const province = isValue(last.provinceRate) ? ` (${L.province.toLowerCase()} ${formatPercent(last.provinceRate, 1)})` : "";
      parts.push(`${L.rate.toLowerCase()} ${formatPercent(last.rate, 1)}${province}`);
    }
    if (isValue(last.pendingOverdue)) parts.push(`${formatCount(last.pendingOverdue)} hồ sơ đang giải quyết quá hạn`);
    latest = `${formatPeriod(last.period)}: ${parts.join("; ")}.`;
  }
  const range = rangeSentence(L.rate, definedValues(series, (r) => r.rate));
  const flagged = series
    .filter((r) => r.flagged === true)
    .map((r) => (r.flagNote === undefined || r.flagNote.trim() === "" ? formatPeriod(r.period) : `${formatPeriod(r.period)} (${r.flagNote.trim()})`));
  const statuses = joinList([L.early, L.onTime, L.late].map((s) => s.toLowerCase()));
  const kind = `Biểu đồ cột chồng số hồ sơ giải quyết ${statuses} ${granularityPhrase(granularity)}, từ ${spanPhrase(domain)}, kèm đường ${L.rate.toLowerCase()}.`;
  const notes = sentences(missingSentence(countGaps, L.missing), flagged.length > 0 ? `${L.flagged}: ${joinList(flagged)}.` : "");
  return { structure: sentences(kind, notes), summary: sentences(kind, latest, range, notes) };
}
