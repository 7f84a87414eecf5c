/**
 * A tiny line of one metric (~160×48) for small multiples on province overviews: no axes and no
 * text, but an accessible title and a generated description (range and latest value). Gaps break
 * the line; the latest value has a dot; an optional reference (e.g. the province average) is a
 * dashed grey rule.
 */
import * as Plot from "@observablehq/plot";
import { formatPercent, formatPeriod } from "../lib/format";
import { PALETTE } from "./palette";
import { descText, emptyChart, renderChart, type ChartBaseOptions, type RenderedChart } from "./render";
import { isValue, lineWithDots, markTitle, periodSeries, type Maybe } from "./scales";
import { definedValues, extremes, missingSentence, sentences, spanPhrase } from "./summary";

export interface SparkPoint {
  period: string;
  value?: Maybe;
}

export interface SparklineOptions extends ChartBaseOptions {
  /** Default 160 × 48. */
  height?: number | undefined;
  /** y domain; default the extent of the values (and of the reference). */
  domain?: readonly [number, number] | undefined;
  /** A dashed reference rule, e.g. the province average. */
  reference?: { value: number; label: string } | undefined;
  /** Value format in the description and the latest dot's hover text; default percent with one decimal. */
  format?: ((value: number) => string) | undefined;
}

/** A tiny accessible line of one metric. */
export function sparkline(points: readonly SparkPoint[], options: SparklineOptions): RenderedChart {
  const { id, title } = options;
  const width = options.width ?? 160;
  const height = options.height ?? 48;
  const format = options.format ?? ((v: number) => formatPercent(v, 1));
  if (points.length === 0) return emptyChart(options, width);
  const { domain, series } = periodSeries<SparkPoint>(points);
  const values = definedValues(series, (p: SparkPoint) => p.value);
  const all = [...values.map((v) => v.value), ...(options.reference === undefined ? [] : [options.reference.value])];
  const lo = Math.min(...all, Infinity);
  const hi = Math.max(...all, -Infinity);
  const yDomain = options.domain ?? (all.length === 0 ? [0, 1] : lo === hi ? [lo - 1, hi + 1] : [lo, hi]);
  const last = values[values.length - 1];

  // A faint baseline at the bottom of the domain anchors the line.
  const marks: Plot.Markish[] = [Plot.ruleY([yDomain[0]], { stroke: "#d0d0d0", strokeWidth: 1 })];
  if (options.reference !== undefined) {
    marks.push(Plot.ruleY([options.reference.value], { stroke: PALETTE.reference, strokeWidth: 1, strokeDasharray: "3 2" }));
  }
  marks.push(...lineWithDots(series, (p: SparkPoint) => p.value, { color: PALETTE.primary, width: 1.5, dots: false }));
  // Isolated points between gaps would be invisible as lines: give them (and the latest) a dot.
  const isolated = series.filter((p: SparkPoint, i) => isValue(p.value) && !isValue(series[i - 1]?.value) && !isValue(series[i + 1]?.value));
  const dots = [...isolated, ...(last === undefined ? [] : [{ period: last.period, value: last.value }])];
  // Only the latest dot (drawn last, on top) has a hover text: "T6/2025 · Gần nhất: 97,5%".
  const latestTitle = last === undefined ? undefined : markTitle(last.period, "Gần nhất", format(last.value));
  marks.push(
    Plot.dot(dots, {
      x: "period",
      y: "value",
      r: 2.5,
      fill: PALETTE.primary,
      title: (_: SparkPoint, i: number) => (i === dots.length - 1 ? latestTitle : undefined),
    }),
  );

  const ext = extremes(values);
  const gaps = series.filter((p: SparkPoint) => !isValue(p.value)).map((p) => p.period);
  const kind = `Đường nhỏ ${spanPhrase(domain)}.`;
  const facts =
    ext === undefined
      ? "Không có số liệu."
      : sentences(
          `Gần nhất ${format(ext.last.value)} (${formatPeriod(ext.last.period)}).`,
          ext.min.period === ext.max.period
            ? ""
            : `Thấp nhất ${format(ext.min.value)} (${formatPeriod(ext.min.period)}), cao nhất ${format(ext.max.value)} (${formatPeriod(ext.max.period)}).`,
          options.reference === undefined ? "" : `${options.reference.label}: ${format(options.reference.value)}.`,
        );
  const summary = sentences(kind, facts, missingSentence(gaps));
  const desc = descText(options.description, sentences(kind, missingSentence(gaps)), summary);
  const svg = renderChart({
    id,
    title,
    desc,
    width,
    document: options.document,
    panels: [
      {
        height,
        plot: {
          marginTop: 5,
          marginRight: 5,
          marginBottom: 5,
          marginLeft: 3,
          x: { type: "point", domain, axis: null },
          y: { domain: [...yDomain], axis: null },
          marks,
        },
      },
    ],
  });
  return { svg, summary };
}
