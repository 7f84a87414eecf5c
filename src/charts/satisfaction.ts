/**
 * Satisfaction per period: the satisfied share (line), the distribution of ratings (100 % stacked
 * bars, response counts above them when there is room), and — only when any data exist — the
 * average waiting time against its target (dashed, labelled).
 */
import * as Plot from "@observablehq/plot";
import { formatCount, formatMinutes, formatNumber, formatPercent, formatPeriod, granularityPhrase } from "../lib/format";
import type { Granularity } from "../lib/period";
import { PALETTE } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, NO_DATA, renderChart, type ChartBaseOptions, type LegendItem, type Panel, type RenderedChart } from "./render";
import {
  dotRadius, isValue, latestLabels, lineWithDots, MARGIN, markTitle, niceMax, percentFloor, percentTick, periodPanel, periodSeries, periodX, type Maybe,
} from "./scales";
import { stackedBars, type StackPart } from "./stack";
import { definedValues, missingSentence, rangeSentence, sentences, spanPhrase } from "./summary";

export interface SatisfactionRow {
  period: string;
  /** Share of responses "satisfied" or "very satisfied" (percent). */
  satisfiedShare?: Maybe;
  /** Number of responses. */
  responses?: Maybe;
  /** Ratings, as counts or shares (the chart normalises them to shares of their sum). */
  verySatisfied?: Maybe;
  satisfied?: Maybe;
  neutral?: Maybe;
  dissatisfied?: Maybe;
  /** Average waiting time in minutes. */
  avgWaitMinutes?: Maybe;
}

export interface SatisfactionLabels {
  share: string;
  shareShort: string;
  distribution: string;
  verySatisfied: string;
  satisfied: string;
  neutral: string;
  dissatisfied: string;
  responses: string;
  wait: string;
  waitShort: string;
  /** Name of the waiting time in the hover text of its dots. */
  waitName: string;
  target: string;
  missing: string;
}

export const SATISFACTION_LABELS: SatisfactionLabels = {
  share: "Tỷ lệ hài lòng (hài lòng và rất hài lòng)",
  shareShort: "Tỷ lệ hài lòng",
  distribution: "Phân bố mức đánh giá (%)",
  verySatisfied: "Rất hài lòng",
  satisfied: "Hài lòng",
  neutral: "Bình thường",
  dissatisfied: "Không hài lòng",
  responses: "số trên cột: số lượt đánh giá",
  wait: "Thời gian chờ trung bình (phút)",
  waitShort: "Chờ",
  waitName: "Thời gian chờ trung bình",
  target: "Mục tiêu",
  missing: NO_DATA,
};

export interface SatisfactionOptions extends ChartBaseOptions {
  granularity: Granularity;
  /** Target waiting time in minutes, drawn dashed and labelled. Default 15. */
  waitTarget?: number | undefined;
  labels?: Partial<SatisfactionLabels> | undefined;
}

const RATINGS = ["verySatisfied", "satisfied", "neutral", "dissatisfied"] as const;
type Rating = (typeof RATINGS)[number];

/** Minutes in chart text: whole values without decimals ("15 phút"), others with one ("12,5 phút"). */
const minutes = (v: number) => formatMinutes(v, Number.isInteger(v) ? 0 : 1);

/** Shares (percent) of the defined ratings of a row, or undefined when none is defined or all are 0. */
function ratingShares(row: SatisfactionRow): Partial<Record<Rating, number>> | undefined {
  const defined = RATINGS.filter((k) => isValue(row[k]));
  const total = defined.reduce((sum, k) => sum + (row[k] as number), 0);
  if (defined.length === 0 || !(total > 0)) return undefined;
  return Object.fromEntries(defined.map((k) => [k, ((row[k] as number) / total) * 100]));
}

/**
 * The ratings of a row as counts of responses, when they are counts: whole numbers that add up to
 * `responses`. Otherwise (shares, or figures that do not add up) undefined: no count is shown.
 */
function ratingCounts(row: SatisfactionRow): Partial<Record<Rating, number>> | undefined {
  const defined = RATINGS.filter((k) => isValue(row[k]));
  if (defined.length === 0 || !isValue(row.responses)) return undefined;
  const values = defined.map((k) => row[k] as number);
  if (!values.every(Number.isInteger) || values.reduce((a, b) => a + b, 0) !== row.responses) return undefined;
  return Object.fromEntries(defined.map((k) => [k, row[k] as number]));
}

/** Satisfied share + rating distribution + waiting time vs target. */
export function satisfactionChart(rows: readonly SatisfactionRow[], options: SatisfactionOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const L = { ...SATISFACTION_LABELS, ...options.labels };
  const waitTarget = options.waitTarget ?? 15;
  if (rows.length === 0) return emptyChart(options, width);
  const { domain, granularity, series } = periodSeries<SatisfactionRow>(rows, options.granularity);
  const x = periodX(domain, width);
  const r = dotRadius(domain, width);

  // Panel 1: satisfied share.
  const shares = definedValues(series, (r: SatisfactionRow) => r.satisfiedShare);
  const shareDomain = [percentFloor(shares.map((s) => s.value)), 100] as const;
  const shareGaps = series.filter((r: SatisfactionRow) => !isValue(r.satisfiedShare)).map((r) => r.period);
  const sharePanel = periodPanel(id, {
    title: L.share,
    height: 160,
    x,
    domain: shareDomain,
    tickFormat: percentTick,
    gaps: shareGaps,
    marks: lineWithDots(series, (row: SatisfactionRow) => row.satisfiedShare, {
      color: PALETTE.primary,
      r,
      title: (r, v) => markTitle(r.period, L.shareShort, formatPercent(v, 1)),
    }),
    labels: latestLabels(domain, [{ name: L.shareShort, values: shares, format: formatPercent, color: PALETTE.primary, bold: true }]),
  });

  // Panel 2: distribution of ratings, normalised to shares.
  const distribution = series.map((r: SatisfactionRow) => ({ period: r.period, shares: ratingShares(r), counts: ratingCounts(r), responses: r.responses }));
  type D = (typeof distribution)[number];
  const colors: Record<Rating, string> = {
    verySatisfied: PALETTE.verySatisfied,
    satisfied: PALETTE.satisfied,
    neutral: PALETTE.neutral,
    dissatisfied: PALETTE.dissatisfied,
  };
  const ratingTitle = (k: Rating) => (d: D, share: number) => {
    const count = d.counts?.[k];
    return markTitle(d.period, L[k], count === undefined ? formatPercent(share, 1) : `${formatPercent(share, 1)} (${formatCount(count)} lượt)`);
  };
  const parts = RATINGS.map(
    (k): StackPart<D> => ({ key: k, label: L[k], color: colors[k], pick: (d) => d.shares?.[k], title: ratingTitle(k) }),
  );
  const band = (width - MARGIN.left - MARGIN.right) / domain.length;
  const withResponses = distribution.filter((d) => d.shares !== undefined && isValue(d.responses));
  const showResponses = band >= 30 && withResponses.length > 0;
  const ratings = stackedBars<D>(id, distribution, parts, {
    title: showResponses ? `${L.distribution}; ${L.responses}` : L.distribution,
    height: 190,
    x,
    domain: [0, 100],
    tickFormat: percentTick,
    marks: () =>
      showResponses
        ? [Plot.text(withResponses, { x: "period", y: 100, text: (d: D) => formatCount(d.responses as number), dy: -7, fontSize: 10 })]
        : [],
  });

  const panels: Panel[] = [sharePanel, ratings.panel];

  // Panel 3: waiting time, only when any data exist.
  const waits = definedValues(series, (r: SatisfactionRow) => r.avgWaitMinutes);
  if (waits.length > 0) {
    const waitDomain = [0, niceMax(Math.max(waitTarget * 1.25, ...waits.map((w) => w.value)))] as const;
    panels.push(
      periodPanel(id, {
        title: L.wait,
        height: 150,
        x,
        domain: waitDomain,
        tickFormat: (v: number) => formatNumber(v),
        gaps: series.filter((r: SatisfactionRow) => !isValue(r.avgWaitMinutes)).map((r) => r.period),
        marks: [
          Plot.ruleY([waitTarget], { stroke: PALETTE.target, strokeWidth: 1.5, strokeDasharray: "5 4" }),
          ...lineWithDots(series, (row: SatisfactionRow) => row.avgWaitMinutes, {
            color: PALETTE.primary,
            r,
            title: (r, v) => markTitle(r.period, L.waitName, minutes(v)),
          }),
          Plot.ruleY([0]),
        ],
        labels: [
          ...latestLabels(domain, [{ name: L.waitShort, values: waits, format: minutes, color: PALETTE.primary, bold: true }]),
          { value: waitTarget, text: `${L.target} ${minutes(waitTarget)}`, color: PALETTE.target },
        ],
      }),
    );
  }

  const anyGap = shareGaps.length > 0 || ratings.gaps.length > 0;
  const legend: LegendItem[] = [
    { symbol: "line", label: L.shareShort, color: PALETTE.primary },
    ...ratings.legend,
    ...(waits.length > 0 ? [{ symbol: "dashed", label: `${L.target} ${minutes(waitTarget)}`, color: PALETTE.target } as const] : []),
    ...(anyGap ? [{ symbol: "missing", label: L.missing } as const] : []),
  ];

  // Summary.
  const kind =
    `Biểu đồ đường tỷ lệ hài lòng và cột chồng phân bố mức đánh giá ${granularityPhrase(granularity)}, từ ${spanPhrase(domain)}` +
    (waits.length > 0 ? `, kèm thời gian chờ trung bình so với mục tiêu ${minutes(waitTarget)}.` : ".");
  const last = [...series].reverse().find((r: SatisfactionRow) => isValue(r.satisfiedShare) || ratingShares(r) !== undefined || isValue(r.avgWaitMinutes));
  let latest = "";
  if (last !== undefined) {
    const dist = ratingShares(last);
    const facts = [
      ...(isValue(last.satisfiedShare) ? [`${L.shareShort.toLowerCase()} ${formatPercent(last.satisfiedShare, 1)}`] : []),
      ...(isValue(last.responses) ? [`${formatCount(last.responses)} lượt đánh giá`] : []),
      ...(dist === undefined ? [] : RATINGS.flatMap((k) => (dist[k] === undefined ? [] : [`${L[k].toLowerCase()} ${formatPercent(dist[k], 1)}`]))),
      ...(isValue(last.avgWaitMinutes) ? [`thời gian chờ ${minutes(last.avgWaitMinutes)}`] : []),
    ];
    latest = `${formatPeriod(last.period)}: ${facts.join("; ")}.`;
  }
  const range = rangeSentence("Tỷ lệ hài lòng", shares);
  const over = waits.filter((w) => w.value > waitTarget).length;
  const waitNote = waits.length > 0 ? `Thời gian chờ vượt mục tiêu ở ${over}/${waits.length} kỳ có số liệu.` : "";
  const notes = missingSentence(shareGaps, L.missing);
  const summary = sentences(kind, latest, range, waitNote, notes);
  const desc = descText(options.description, sentences(kind, notes), summary);
  return { svg: renderChart({ id, title, desc, width, legend, panels, document: options.document }), summary };
}
