/**
 * Real published figures, drawn apart from the sample charts: a yearly index with its rank, the
 * Decision 766 rank by reported period, and one period's dossier counts as bars. Every mark has
 * the figure's source in its hover title; the page puts the full source table beside the chart.
 */
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../lib/format";
import { PALETTE } from "./palette";
import { DEFAULT_WIDTH, descText, emptyChart, renderChart, type ChartBaseOptions, type RenderedChart } from "./render";

export interface PublishedChartPoint {
  /** Axis label: "2022", "T10/2025", "21/9–20/10/2025". */
  x: string;
  value?: number | undefined;
  rank?: number | undefined;
  rankOf?: number | undefined;
  /** Hover text: period, value, rank and source. */
  title: string;
}

export interface PublishedChartOptions extends ChartBaseOptions {
  /** Value in labels and the description: "82,52%". */
  format: (value: number) => string;
}

const rankLabel = (p: PublishedChartPoint) => (p.rank === undefined ? "" : p.rankOf === undefined ? `hạng ${p.rank}` : `hạng ${p.rank}/${p.rankOf}`);

/** An index by year: a line of values, each dot labelled with its value and rank. */
export function publishedYearlyChart(points: readonly PublishedChartPoint[], options: PublishedChartOptions): RenderedChart {
  const width = options.width ?? DEFAULT_WIDTH;
  const data = points.filter((p) => p.value !== undefined);
  if (data.length === 0) return emptyChart(options, width);
  const values = data.map((p) => p.value as number);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.25, hi * 0.05, 1);
  const summary = `Số liệu thật đã công bố, ${data.length} năm: ${data.map((p) => `${p.x} ${options.format(p.value as number)}${p.rank === undefined ? "" : ` (${rankLabel(p)})`}`).join("; ")}.`;
  const svg = renderChart({
    id: options.id,
    title: options.title,
    desc: descText(options.description, `Biểu đồ đường theo năm, ${data.length} điểm.`, summary),
    width,
    panels: [
      {
        height: 200,
        plot: {
          marginTop: 34,
          marginLeft: 48,
          marginRight: 24,
          x: { type: "point", domain: data.map((p) => p.x), label: null, padding: 0.4 },
          y: { domain: [Math.max(0, lo - pad), hi + pad], grid: true, label: null, ticks: 4, tickFormat: (v: number) => formatNumber(v, 0) },
          marks: [
            Plot.line(data, { x: "x", y: "value", stroke: PALETTE.primary, strokeWidth: 2 }),
            Plot.dot(data, { x: "x", y: "value", r: 4, fill: PALETTE.primary, title: "title" }),
            Plot.text(data, { x: "x", y: "value", text: (p: PublishedChartPoint) => options.format(p.value as number), dy: -20, fontWeight: "bold" }),
            Plot.text(data, { x: "x", y: "value", text: rankLabel, dy: -9 }),
          ],
        },
      },
    ],
  });
  return { svg, summary };
}

/** Decision 766 rank by reported period, rank 1 at the top; the score beside the dot when the source gives one. */
export function publishedRankChart(points: readonly PublishedChartPoint[], options: PublishedChartOptions): RenderedChart {
  const width = options.width ?? DEFAULT_WIDTH;
  const data = points.filter((p) => p.rank !== undefined);
  if (data.length === 0) return emptyChart(options, width);
  const worst = Math.max(...data.map((p) => p.rank as number));
  const summary = `Số liệu thật đã công bố, ${data.length} kỳ: ${data.map((p) => `${p.x} ${rankLabel(p)}${p.value === undefined ? "" : `, ${options.format(p.value)}`}`).join("; ")}.`;
  const svg = renderChart({
    id: options.id,
    title: options.title,
    desc: descText(options.description, `Biểu đồ xếp hạng theo kỳ, ${data.length} điểm; hạng 1 ở trên cùng.`, summary),
    width,
    panels: [
      {
        height: 220,
        plot: {
          marginTop: 30,
          marginLeft: 48,
          marginRight: 30,
          marginBottom: 44,
          x: { type: "point", domain: data.map((p) => p.x), label: null, padding: 0.5, tickRotate: data.length > 4 ? -20 : 0 },
          y: { domain: [worst + 1, 0.5], grid: true, label: "Hạng", ticks: Math.min(worst + 1, 5), tickFormat: (v: number) => (Number.isInteger(v) && v >= 1 ? String(v) : "") },
          marks: [
            Plot.line(data, { x: "x", y: "rank", stroke: PALETTE.primary, strokeWidth: 2 }),
            Plot.dot(data, { x: "x", y: "rank", r: 4, fill: PALETTE.primary, title: "title" }),
            Plot.text(data, { x: "x", y: "rank", text: rankLabel, dy: -18, fontWeight: "bold" }),
            Plot.text(data, { x: "x", y: "rank", text: (p: PublishedChartPoint) => (p.value === undefined ? "" : options.format(p.value)), dy: -7 }),
          ],
        },
      },
    ],
  });
  return { svg, summary };
}

export interface PublishedBar {
  label: string;
  value: number;
  title: string;
  /** The source flags this count as inconsistent. */
  flagged?: boolean;
}

/** One period's published dossier counts as horizontal bars, each labelled with its count. */
export function publishedBarsChart(bars: readonly PublishedBar[], options: ChartBaseOptions): RenderedChart {
  const width = options.width ?? DEFAULT_WIDTH;
  if (bars.length === 0) return emptyChart(options, width);
  const max = Math.max(...bars.map((b) => b.value));
  const summary = `Số liệu thật đã công bố: ${bars.map((b) => `${b.label} ${formatNumber(b.value)}${b.flagged ? " (nguồn tự mâu thuẫn)" : ""}`).join("; ")}.`;
  const svg = renderChart({
    id: options.id,
    title: options.title,
    desc: descText(options.description, `Biểu đồ thanh ngang, ${bars.length} số liệu.`, summary),
    width,
    panels: [
      {
        height: 28 * bars.length + 30,
        plot: {
          marginLeft: 230,
          marginRight: 70,
          x: { domain: [0, max * 1.05], grid: true, label: null, ticks: 4, tickFormat: (v: number) => formatNumber(v) },
          y: { domain: bars.map((b) => b.label), label: null },
          marks: [
            Plot.barX(bars, { y: "label", x: "value", fill: (b: PublishedBar) => (b.flagged ? PALETTE.reference : PALETTE.primary), title: "title" }),
            Plot.text(bars, { y: "label", x: "value", text: (b: PublishedBar) => `${formatNumber(b.value)}${b.flagged ? " (!)" : ""}`, textAnchor: "start", dx: 4 }),
            Plot.ruleX([0]),
          ],
        },
      },
    ],
  });
  return { svg, summary };
}
